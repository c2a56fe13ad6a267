/**
 * The bells in an import: which lesson numbers each shift of timetable/bells.yaml has (so a class is
 * put in a shift its lessons fit), and the first shift's times rewritten when the imported file has
 * times, keeping the rest of bells.yaml and its comments as they are.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, Scalar, YAMLMap, YAMLSeq, type Document } from 'yaml';
import { collections } from '../content-model/collections.ts';
import type { ImportedPeriod } from './model.ts';

/** bells.yaml as it is before the import: its path, text and document (both undefined if there is none). */
export interface BellsFile {
  file: string;
  text: string | undefined;
  document: Document | undefined;
}

export function readBells(contentDir: string): BellsFile {
  const bellsFile = collections.bells.storage.file;
  const bellsText = existsSync(join(contentDir, bellsFile)) ? readFileSync(join(contentDir, bellsFile), 'utf8') : undefined;
  const bellsDocument = bellsText === undefined ? undefined : parseDocument(bellsText);
  return { file: bellsFile, text: bellsText, document: bellsDocument };
}

/** Bell periods written the way the guide shows them: `- {n: 1, from: "08:30", to: "09:00"}`. */
function periodsNode(periods: readonly { n: number; from: string; to: string }[]): YAMLSeq {
  const node = new YAMLSeq();
  for (const period of periods) {
    const item = new YAMLMap();
    item.flow = true;
    item.set('n', period.n);
    for (const key of ['from', 'to'] as const) {
      const time = new Scalar(period[key]);
      time.type = Scalar.QUOTE_DOUBLE;
      item.set(key, time);
    }
    node.items.push(item);
  }
  return node;
}

/**
 * The lesson numbers of each shift after the import; when the file has times, the new bells.yaml is
 * added to `files` (if its text changes) and shift 1 takes the file's lessons.
 */
export function planBells(
  importedPeriods: readonly ImportedPeriod[],
  bells: BellsFile,
  files: Map<string, string | null>,
): { shiftPeriods: Map<number, Set<number>>; bellsUpdated: boolean } {
  const shiftPeriods = new Map<number, Set<number>>();
  const shiftsNode = bells.document?.toJS() as { shifts?: { id?: unknown; periods?: { n?: unknown }[] }[] } | undefined;
  for (const shift of shiftsNode?.shifts ?? []) {
    if (typeof shift.id === 'number') shiftPeriods.set(shift.id, new Set((shift.periods ?? []).map((period) => Number(period.n))));
  }
  let bellsUpdated = false;
  if (importedPeriods.length > 0) {
    const periods = [...importedPeriods].sort((a, b) => a.n - b.n).map(({ n, from, to }) => ({ n, from, to }));
    const document = bells.document ?? parseDocument('# Расписание звонков: загружено командой npm run import.\nshifts: []\n');
    const shifts = (document.get('shifts') as { items?: unknown[] } | undefined)?.items ?? [];
    const index = (shiftsNode?.shifts ?? []).findIndex((shift) => shift.id === 1);
    const node = periodsNode(periods);
    if (index >= 0) document.setIn(['shifts', index, 'periods'], node);
    else document.setIn(['shifts', shifts.length], document.createNode({ id: 1, title: 'Первая смена', periods: periodsNode(periods) }));
    const next = document.toString({ lineWidth: 0 });
    if (next !== bells.text) {
      files.set(bells.file, next);
      bellsUpdated = true;
    }
    shiftPeriods.set(1, new Set(periods.map((period) => period.n)));
  }
  return { shiftPeriods, bellsUpdated };
}
