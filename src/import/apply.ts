/**
 * Writes an import plan into the content folder. Each file goes to a temporary name beside it and is
 * renamed into place, so an interrupted run leaves whole files; deletions come last.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportPlan } from './plan.ts';

export function applyPlan(plan: ImportPlan, contentDir: string): void {
  const writes = [...plan.files].filter((entry): entry is [string, string] => entry[1] !== null);
  for (const [file, text] of writes) {
    const target = join(contentDir, file);
    mkdirSync(dirname(target), { recursive: true });
    const temporary = join(dirname(target), `.${process.pid}.import.tmp`);
    writeFileSync(temporary, text);
    renameSync(temporary, target);
  }
  for (const [file, text] of plan.files) if (text === null) rmSync(join(contentDir, file), { force: true });
}
