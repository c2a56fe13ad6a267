/**
 * A real OpenSSH server (Debian's openssh-server, `.ci/run` installs it) on 127.0.0.1 for SFTP tests:
 * its own host key, config and client key in a temporary folder, key login for the current user,
 * the standard `internal-sftp` subsystem — the same server most hostings run.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { tempFolder } from './fake-site.ts';
import { freePort } from './free-port.ts';

export const SSHD_PATH = process.env['SSHD_PATH'] ?? '/usr/sbin/sshd';
export const hasSshd = existsSync(SSHD_PATH);
export const MISSING_SSHD_MESSAGE = `OpenSSH-сервер не найден (${SSHD_PATH}): тесты публикации по SFTP пропущены. Установите: apt-get install openssh-server`;

export interface RunningSshd {
  port: number;
  user: string;
  /** Path of the client's private key (no passphrase). */
  clientKeyPath: string;
  /** `SHA256:…` of the host key as `ssh-keygen -lf` prints it. */
  hostFingerprint: string;
  /** Kills (SIGKILL) every session process of the server, as a dropped connection or a crash would. */
  killSessions(): number;
  stop(): Promise<void>;
}

/** Process ids whose parent chain leads to `root` (Linux /proc). */
function descendantsOf(root: number): number[] {
  const parents = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      // `pid (comm) state ppid …`; comm may contain spaces, so read after the last ')'.
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended meanwhile.
    }
  }
  const found: number[] = [];
  const visit = (pid: number): void => {
    for (const [child, parent] of parents) {
      if (parent !== pid) continue;
      found.push(child);
      visit(child);
    }
  };
  visit(root);
  return found;
}

export async function startSshd(): Promise<RunningSshd> {
  const dir = tempFolder('sshd-');
  const keygen = (file: string): void => void execFileSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, file)]);
  keygen('host_key');
  keygen('client_key');
  writeFileSync(join(dir, 'authorized_keys'), readFileSync(join(dir, 'client_key.pub')));
  const hostFingerprint = execFileSync('ssh-keygen', ['-l', '-E', 'sha256', '-f', join(dir, 'host_key.pub')], { encoding: 'utf8' }).split(
    ' ',
  )[1]!;
  // sshd insists on its privilege-separation folder even when it does not use it.
  if (process.getuid?.() === 0) mkdirSync('/run/sshd', { recursive: true, mode: 0o755 });
  const port = await freePort();
  const user = userInfo().username;
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `PidFile ${join(dir, 'sshd.pid')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      `AllowUsers ${user}`,
      'Subsystem sftp internal-sftp',
      '',
    ].join('\n'),
  );
  const child: ChildProcess = spawn(SSHD_PATH, ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sshd не запустился за 10 с:\n${log}`)), 10_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      if (log.includes('Server listening on')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`sshd завершился с кодом ${code}:\n${log}`));
    });
  });
  return {
    port,
    user,
    clientKeyPath: join(dir, 'client_key'),
    hostFingerprint,
    killSessions: () => {
      const sessions = descendantsOf(child.pid!);
      for (const pid of sessions) process.kill(pid, 'SIGKILL');
      return sessions.length;
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
