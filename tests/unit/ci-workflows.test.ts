/**
 * The ready CI workflows for the three forges: each one, on every push, installs, checks, builds and
 * publishes — in that order — and takes the target and keys from the forge's secrets, never from the
 * file itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '..', '..');
const read = (path: string): unknown => parse(readFileSync(join(ROOT, path), 'utf8'));

interface ActionsStep {
  run?: string;
  uses?: string;
  if?: string;
  env?: Record<string, string>;
}
interface ActionsWorkflow {
  on: unknown;
  jobs: Record<string, { env?: Record<string, string>; steps: ActionsStep[] }>;
}

/** The `npm …` commands in the order a job runs them. */
function npmCommands(lines: string[]): string[] {
  return lines.flatMap((line) => [...line.matchAll(/\bnpm (ci|run \w+)\b/g)].map((match) => `npm ${match[1]}`));
}

const ORDER = ['npm ci', 'npm run check', 'npm run build', 'npm run publish'];
/** Names of the secrets a publication may need. */
const SECRETS = ['SFTP_PRIVATE_KEY', 'SFTP_PASSWORD', 'SFTP_HOST_FINGERPRINT', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'S3_ENDPOINT'];

describe.each(['.github/workflows/site.yml', '.forgejo/workflows/site.yml'])('%s', (path) => {
  const workflow = read(path) as ActionsWorkflow;
  const [job] = Object.values(workflow.jobs);

  test('runs on every push', () => {
    expect(workflow.on).toBe('push');
  });

  test('installs, checks, builds and publishes, in that order', () => {
    expect(npmCommands(job!.steps.map((step) => step.run ?? ''))).toEqual(ORDER);
  });

  test('publishes to the target from the secrets, with the keys only in the publishing step, from the default branch', () => {
    const publish = job!.steps.find((step) => step.run?.includes('npm run publish'))!;
    expect(publish.run).toBe('npm run publish -- "$PUBLISH_TARGET"');
    expect(job!.env?.['PUBLISH_TARGET']).toBe('${{ secrets.PUBLISH_TARGET }}');
    for (const name of SECRETS) expect(publish.env?.[name]).toBe(`\${{ secrets.${name} }}`);
    expect(publish.if).toContain("env.PUBLISH_TARGET != ''");
    expect(publish.if).toContain('github.ref_name == github.event.repository.default_branch');
    for (const step of job!.steps.filter((other) => other !== publish)) {
      expect(JSON.stringify(step.env ?? {})).not.toContain('secrets.');
    }
  });
});

describe('.gitlab-ci.yml', () => {
  const pipeline = read('.gitlab-ci.yml') as Record<string, { script?: string[]; rules?: unknown; only?: unknown }>;
  const jobs = Object.entries(pipeline).filter(([, job]) => job && typeof job === 'object' && Array.isArray(job.script));

  test('one job that runs on every push (no rules limit it)', () => {
    expect(jobs).toHaveLength(1);
    expect(jobs[0]![1].rules).toBeUndefined();
    expect(jobs[0]![1].only).toBeUndefined();
  });

  test('installs, checks, builds and publishes, in that order', () => {
    expect(npmCommands(jobs[0]![1].script!)).toEqual(ORDER);
  });

  test('publishes to the target from the CI variables, from the default branch only', () => {
    const publish = jobs[0]![1].script!.find((line) => line.includes('npm run publish'))!;
    expect(publish).toContain('npm run publish -- "$PUBLISH_TARGET"');
    expect(publish).toContain('[ -n "$PUBLISH_TARGET" ]');
    expect(publish).toContain('[ "$CI_COMMIT_BRANCH" = "$CI_DEFAULT_BRANCH" ]');
  });
});
