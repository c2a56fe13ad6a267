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

/** What the system's error codes mean for the person publishing to a folder or a zip file. */
const FILE_PROBLEMS: Record<string, string> = {
  EACCES: 'нет прав на запись или чтение',
  EPERM: 'нет прав на запись или чтение',
  ENOSPC: 'на диске нет места',
  EROFS: 'диск доступен только для чтения',
  EBUSY: 'файл или папка заняты другой программой',
  ENOTDIR: 'на месте папки лежит файл',
  EISDIR: 'на месте файла лежит папка',
};

/** A Russian message for a file system error (`EACCES: … '/var/www'`), or undefined for anything else. */
export function fileProblem(error: unknown): PublishError | undefined {
  const { code, path } = (error ?? {}) as { code?: string; path?: string };
  const meaning = code ? FILE_PROBLEMS[code] : undefined;
  if (!meaning) return undefined;
  return new PublishError(`${meaning}${path ? `: ${path}` : ''} (${code}). Прежняя версия сайта не тронута.`);
}
