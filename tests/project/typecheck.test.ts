/**
 * The whole project — Astro components, src/, scripts/ and tests/ — passes TypeScript's strictest
 * settings (`astro check`, the same as `npm run typecheck`). A type error fails `npm test`.
 */
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('astro check finds no errors, warnings or hints', () => {
  const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'check'], {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  const output = `${result.stdout}\n${result.stderr}`;
  expect(output).toMatch(/Result \(\d+ files\)/);
  expect(output, output).toMatch(/- 0 errors\s+- 0 warnings\s+- 0 hints/);
  expect(result.status).toBe(0);
}, 180_000);
