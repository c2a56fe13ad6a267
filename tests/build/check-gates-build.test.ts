/**
 * The checker is the gate: for every broken input of gate-cases.ts, `npm run check` fails with a
 * Russian message naming the file and line, and `npm run build` fails too, publishing nothing — never
 * «the check passes, the build crashes». No stack trace in either.
 *
 * The check runs in this process, on each case alone (runCheck is what `npm run check` runs). Builds
 * are slow, so cases that touch different files share one content copy and one `npm run build`, run
 * as child processes two at a time; each case's own message must still be in that build's output.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runCheck } from '../../src/checker/run-check.ts';
import { contentCopy, positionOf, removeContentCopies } from '../helpers/content-fixture.ts';
import { BUILD_TIMEOUT, buildFolder, buildSite, inPool, STACK_LINE, type BuildRun } from '../helpers/site-build.ts';
import { gateCases, type GateCase } from './gate-cases.ts';

const root = buildFolder('test-gates');

/** Files a case writes or names. */
function touched(gate: GateCase): string[] {
  return [...new Set([...Object.keys(gate.files), gate.file])];
}

/** Cases in groups where no two touch the same file, so one content copy can hold all of a group. */
function shareable(cases: readonly GateCase[]): GateCase[][] {
  const groups: { cases: GateCase[]; files: Set<string> }[] = [];
  for (const gate of cases) {
    const group = groups.find(({ files }) => touched(gate).every((file) => !files.has(file)));
    if (group) {
      group.cases.push(gate);
      touched(gate).forEach((file) => group.files.add(file));
    } else groups.push({ cases: [gate], files: new Set(touched(gate)) });
  }
  return groups.map(({ cases: members }) => members);
}

interface SharedBuild {
  dir: string;
  outDir: string;
  run?: BuildRun;
}

const buildOf = new Map<GateCase, SharedBuild>();

beforeAll(async () => {
  const builds = shareable(gateCases).map((members, index) => {
    const shared: SharedBuild = {
      dir: contentCopy(Object.assign({}, ...members.map((gate) => gate.files))),
      outDir: join(root, String(index), 'dist'),
    };
    members.forEach((gate) => buildOf.set(gate, shared));
    return shared;
  });
  await inPool(builds, 2, async (shared) => {
    shared.run = await buildSite(shared.dir, shared.outDir, join(shared.outDir, '..', 'work'));
  });
}, BUILD_TIMEOUT * 2);

afterAll(() => {
  removeContentCopies();
  rmSync(root, { recursive: true, force: true });
});

/** `path:line:` of the expected problem in a content folder holding the case's files. */
function placeIn(dir: string, gate: GateCase): string {
  return `${dir}/${gate.file}:${positionOf(dir, gate.file, gate.at).line}:`;
}

/** The printed line of the expected problem, if any. */
function lineOf(output: string, gate: GateCase, place: string): string | undefined {
  return output
    .split('\n')
    .find((line) => line.startsWith(place) && (typeof gate.message === 'string' ? line.includes(gate.message) : gate.message.test(line)));
}

test('control: the unchanged fixture passes the check, so each failure below comes from its change', () => {
  const lines: string[] = [];
  expect(
    runCheck(contentCopy(), (line) => lines.push(line)),
    lines.join('\n'),
  ).toBe(true);
});

describe.each(gateCases)('$name', (gate) => {
  test('npm run check fails with a Russian message naming the file and line', () => {
    const dir = contentCopy(gate.files);
    const lines: string[] = [];
    const passed = runCheck(dir, (line) => lines.push(line));
    const output = lines.join('\n');
    expect(passed, output).toBe(false);
    const place = placeIn(dir, gate);
    expect(
      lineOf(output, gate, place),
      `ожидалась строка, начинающаяся с ${place} и содержащая ${String(gate.message)}:\n${output}`,
    ).toBeDefined();
    expect(output).not.toMatch(STACK_LINE);
  });

  test('npm run build fails too, says why, publishes nothing, and prints no stack trace', () => {
    const { dir, outDir, run } = buildOf.get(gate)!;
    expect(run!.status, run!.output).toBe(1);
    expect(lineOf(run!.output, gate, placeIn(dir, gate)), run!.output).toBeDefined();
    expect(run!.output).toMatch(/Сайт не собран: исправьте ошибки выше\./);
    expect(run!.output).not.toMatch(STACK_LINE);
    expect(existsSync(outDir)).toBe(false);
  });
});

test('cases that share a build touch different files', () => {
  const groups = shareable(gateCases);
  expect(groups.flat()).toHaveLength(gateCases.length);
  for (const group of groups) {
    const files = group.flatMap(touched);
    expect(new Set(files).size, group.map((gate) => gate.name).join(', ')).toBe(files.length);
  }
});
