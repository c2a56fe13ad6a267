/** Validates one raw entry against its schema and turns zod's issues into located Russian problems. */
import type { z } from 'astro/zod';
import { formatFieldPath, type Problem } from '../content-model/problem.ts';
import type { RawEntry } from '../content-model/read-collection.ts';
import { knownKeysAt } from './schema-keys.ts';
import { didYouMean } from './suggest.ts';
import { russianIssueMessage } from './zod-messages.ts';

/** Issue codes that, on an absent value, mean «this required field is missing». */
const MISSING_CODES = new Set(['invalid_type', 'invalid_value', 'invalid_union']);

/** A problem at a field of an entry, positioned in its file. */
export function problemAt(
  entry: Pick<RawEntry, 'file' | 'pathInFile' | 'source'>,
  path: readonly PropertyKey[],
  message: string,
  options: { severity?: Problem['severity']; on?: 'key' | 'value' } = {},
): Problem {
  const position = entry.source.locate([...entry.pathInFile, ...path], options.on ?? 'value');
  return {
    severity: options.severity ?? 'error',
    file: entry.file,
    line: position.line,
    column: position.column,
    field: formatFieldPath(path),
    message,
  };
}

function issueProblems(entry: RawEntry, schema: z.ZodType, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path;
  if (issue.code === 'unrecognized_keys') {
    const known = knownKeysAt(schema, path);
    return issue.keys.map((key) => {
      const hint = didYouMean(key, known);
      const fix = hint || `уберите его; допустимые поля: ${known.join(', ')}`;
      return problemAt(entry, [...path, key], `неизвестное поле «${key}» — ${fix}`, { on: 'key' });
    });
  }
  const input = (issue as { input?: unknown }).input;
  const last = path[path.length - 1];
  if (input === undefined && MISSING_CODES.has(issue.code) && typeof last === 'string') {
    return [problemAt(entry, path, `нет обязательного поля «${last}» — добавьте его по образцу (см. руководство редактора)`)];
  }
  if (issue.code === 'invalid_value' && typeof input === 'string') {
    // The schema's message lists the allowed words; name the editor's word and the closest allowed one.
    const hint = didYouMean(input, issue.values.map(String));
    return [problemAt(entry, path, `недопустимое значение «${input}»${hint ? ` — ${hint}` : ''}; ${issue.message}`)];
  }
  return [problemAt(entry, path, issue.message)];
}

export type ValidationResult<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

/** Parses the entry's data; on failure returns every problem, each with its line, column and field. */
export function validateEntry<T>(entry: RawEntry, schema: z.ZodType<T>): ValidationResult<T> {
  const result = schema.safeParse(entry.data, { error: russianIssueMessage, reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: result.error.issues.flatMap((issue) => issueProblems(entry, schema, issue)) };
}
