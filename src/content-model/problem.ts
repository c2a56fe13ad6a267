/** A problem found in the content: where it is, which field, what is wrong and how to fix it. */
export interface Problem {
  /** `error` stops the build; `warning` is what the recommendations ask for but the content lacks. */
  severity: 'error' | 'warning';
  /** File path relative to the content folder, with `/` separators. */
  file: string;
  /** 1-based line, or 0 when the problem concerns a whole file or folder that does not exist. */
  line: number;
  /** 1-based column, or 0 with line 0. */
  column: number;
  /** Dotted path of the field, e.g. `days.mon[2].teacher`; empty for the file as a whole. */
  field: string;
  /** What is wrong and how to fix it, in Russian: «… — …». */
  message: string;
}

/** A place in a file. */
export interface Position {
  line: number;
  column: number;
}

/** Formats a field path the way editors see it in their file: `days.mon[2].teacher`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}
