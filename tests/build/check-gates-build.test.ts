/**
 * The checker is the gate: for every broken input of gate-cases.ts, `npm run check` fails with a
 * Russian message naming the file and line, and `npm run build` fails too, publishing nothing — never
 * «the check passes, the build crashes». No stack trace in either.
 *
 * The check runs in this process (runCheck is what `npm run check` runs); the builds run as child
 * processes, two at a time, each in its own folders.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../scripts/check.ts';
import { contentCopy, positionOf, removeContentCopies } from '../helpers/content-fixture.ts';
import { BUILD_TIMEOUT, buildFolder, buildSite, inPool, STACK_LINE, type BuildRun } from '../helpers/site-build.ts';
import { gateCases, type GateCase } from './gate-cases.ts';

const root = buildFolder('test-gates');

interface Prepared {
  dir: string;
  outDir: string;
  /** `path:line:` the message must start with. */
  place: string;
  build?: BuildRun;
}

const prepared = new Map<GateCase, Prepared>();

beforeAll(async () => {
  gateCases.forEach((gate, index) => {
    const dir = contentCopy(gate.files);
    const { line } = positionOf(dir, gate.file, gate.at);
    prepared.set(gate, { dir, outDir: join(root, String(index), 'dist'), place: `${dir}/${gate.file}:${line}:` });
  });
  await inPool(gateCases, 2, async (gate) => {
    const run = prepared.get(gate)!;
    run.build = await buildSite(run.dir, run.outDir, join(root, String(gateCases.indexOf(gate)), 'work'));
  });
}, BUILD_TIMEOUT * 2);

afterAll(() => {
  removeContentCopies();
  rmSync(root, { recursive: true, force: true });
});

/** The printed line of the expected problem, if any. */
function lineOf(output: string, gate: GateCase, place: string): string | undefined {
  return output.split('\n').find((line) => line.startsWith(place) && (typeof gate.message === 'string' ? line.includes(gate.message) : gate.message.test(line)));
}

test('control: the unchanged fixture passes the check, so each failure below comes from its change', () => {
  const lines: string[] = [];
  expect(runCheck(contentCopy(), (line) => lines.push(line)), lines.join('\n')).toBe(true);
});

describe.each(gateCases)('$name', (gate) => {
  test('npm run check fails with a Russian message naming the file and line', () => {
    const { dir, place } = prepared.get(gate)!;
    const lines: string[] = [];
    const passed = runCheck(dir, (line) => lines.push(line));
    const output = lines.join('\n');
    expect(passed, output).toBe(false);
    expect(lineOf(output, gate, place), `ожидалась строка, начинающаяся с ${place} и содержащая ${String(gate.message)}:\n${output}`).toBeDefined();
    expect(output).not.toMatch(STACK_LINE);
  });

  test('npm run build fails too, says why, publishes nothing, and prints no stack trace', () => {
    const { build, place, outDir } = prepared.get(gate)!;
    expect(build!.status, build!.output).toBe(1);
    expect(lineOf(build!.output, gate, place), build!.output).toBeDefined();
    expect(build!.output).toMatch(/Сайт не собран: исправьте ошибки выше\./);
    expect(build!.output).not.toMatch(STACK_LINE);
    expect(existsSync(outDir)).toBe(false);
  });
});
