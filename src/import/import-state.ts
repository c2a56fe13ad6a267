/**
 * What the import remembers between runs: the files it wrote (timetable/.import.json, a dot file the
 * checker and the site ignore). A class file it wrote is deleted when the class leaves the timetable;
 * one it did not write is never touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The state the import keeps between runs (a dot file: the checker and the site ignore it). */
export const STATE_FILE = 'timetable/.import.json';

export interface State {
  /** Files the import wrote, relative to the content folder. */
  written: string[];
}

export function readState(contentDir: string): State {
  try {
    const parsed = JSON.parse(readFileSync(join(contentDir, STATE_FILE), 'utf8')) as Partial<State>;
    return { written: Array.isArray(parsed.written) ? parsed.written.filter((file) => typeof file === 'string') : [] };
  } catch {
    return { written: [] };
  }
}

/**
 * Adds the state after this run to `files` when the run changes anything and the state changes: the
 * files written before and still kept, and those written now. The bells count as written only if the
 * import made the file or had already written it.
 */
export function addStateFile(
  files: Map<string, string | null>,
  state: State,
  contentDir: string,
  bells: { file: string; text: string | undefined },
): void {
  const written = [
    ...new Set([
      ...state.written.filter((file) => files.get(file) !== null),
      ...[...files].filter(([, value]) => value !== null).map(([file]) => file),
    ]),
  ]
    .filter((file) => file !== bells.file || state.written.includes(file) || bells.text === undefined)
    .sort();
  const nextState = `${JSON.stringify({ written }, null, 2)}\n`;
  if (
    files.size > 0 &&
    nextState !== (existsSync(join(contentDir, STATE_FILE)) ? readFileSync(join(contentDir, STATE_FILE), 'utf8') : undefined)
  )
    files.set(STATE_FILE, nextState);
}
