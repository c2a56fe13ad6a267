/**
 * Real nginx (Debian's package; `.ci/run` installs it) serving a built site through the example
 * configuration in deploy/nginx/, on 127.0.0.1 without TLS: only the lines that name the certificate,
 * the ports and the root are changed, everything else — headers, maps, locations — is the file as
 * shipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { tempFolder } from './fake-site.ts';
import { freePort } from './free-port.ts';

export const NGINX_PATH = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
export const hasNginx = existsSync(NGINX_PATH);
export const MISSING_NGINX_MESSAGE = `nginx не найден (${NGINX_PATH}): проверка примера настройки nginx пропущена. Установите: apt-get install nginx`;
export const EXAMPLE_CONFIG = resolve(import.meta.dirname, '..', '..', 'deploy', 'nginx', 'school-site.conf');

/** The example with the https server moved to plain http on `port` and its root at `root`. */
export function exampleForTest(port: number, root: string): string {
  const text = readFileSync(EXAMPLE_CONFIG, 'utf8');
  // The redirecting http server is dropped: the test talks to the site's server directly.
  const site = text.slice(0, text.indexOf('# Plain http only'));
  const changed = site
    .replace(/^\s*listen 443 ssl http2;$/m, `    listen 127.0.0.1:${port};`)
    .replace(/^\s*listen \[::\]:443 ssl http2;\n/m, '')
    .replace(/^\s*ssl_certificate(_key)? .*\n/gm, '')
    .replace(/^(\s*root )\S+;$/m, `$1${root};`);
  if (changed.includes('ssl') || !changed.includes(`root ${root};`) || !changed.includes(`listen 127.0.0.1:${port};`)) {
    throw new Error('deploy/nginx/school-site.conf changed shape: update exampleForTest');
  }
  return changed;
}

export interface RunningNginx {
  url: string;
  stop(): Promise<void>;
}

function waitForPort(port: number, child: ChildProcess, log: () => string): Promise<void> {
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const attempt = (): void => {
      if (child.exitCode !== null) return reject(new Error(`nginx завершился с кодом ${child.exitCode}:\n${log()}`));
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() - started > 10_000) reject(new Error(`nginx не запустился за 10 с:\n${log()}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

export async function startNginx(root: string): Promise<RunningNginx> {
  const dir = tempFolder('nginx-');
  const port = await freePort();
  writeFileSync(join(dir, 'school-site.conf'), exampleForTest(port, root));
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `${name}_temp_path ${join(dir, name)};`).join(' ');
  writeFileSync(
    join(dir, 'nginx.conf'),
    `${process.getuid?.() === 0 ? 'user root;' : ''}
daemon off;
worker_processes 1;
pid ${join(dir, 'nginx.pid')};
error_log stderr warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  ${temp}
  include ${join(dir, 'school-site.conf')};
}
`,
  );
  const child = spawn(NGINX_PATH, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()));
  await waitForPort(port, child, () => log);
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGQUIT');
      }),
  };
}

/**
 * The value of a `map $uri $NAME { … }` of the example for a path, the way nginx picks it: the first
 * regular expression that matches, else `default`.
 */
export function exampleMapValue(name: string, uri: string): string {
  const text = readFileSync(EXAMPLE_CONFIG, 'utf8');
  const block = new RegExp(`map \\$uri \\$${name} \\{([^}]*)\\}`).exec(text)?.[1];
  if (!block) throw new Error(`no map $${name} in deploy/nginx/school-site.conf`);
  const entries = [...block.matchAll(/^\s*(~\S+|default)\s+"([^"]*)";$/gm)].map((match) => ({ key: match[1]!, value: match[2]! }));
  const hit =
    entries.find((entry) => entry.key.startsWith('~') && new RegExp(entry.key.slice(1)).test(uri)) ??
    entries.find((entry) => entry.key === 'default');
  if (!hit) throw new Error(`map $${name} has no value for ${uri}`);
  return hit.value;
}

/** The Content-Security-Policy header the example sends for a path, its variables resolved through the maps. */
export function exampleCsp(uri: string): string {
  const line = /add_header Content-Security-Policy "([^"]+)" always;/.exec(readFileSync(EXAMPLE_CONFIG, 'utf8'));
  if (!line) throw new Error('no Content-Security-Policy in deploy/nginx/school-site.conf');
  return line[1]!.replace(/\$(\w+)/g, (_, name: string) => exampleMapValue(name, uri));
}
