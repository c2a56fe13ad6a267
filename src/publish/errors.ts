/**
 * A problem the person publishing can fix (a wrong address, a missing variable, an unreachable
 * server). The CLI prints its message alone — never a stack trace.
 */
export class PublishError extends Error {
  override name = 'PublishError';
}

/** The message of anything thrown, for lines that quote a library's own words. */
export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
