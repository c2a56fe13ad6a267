/**
 * Documents as a list entry: «Приказ № 214-о от 13 ноября 2026», where the document can be opened
 * (a file published with the site or a link elsewhere) and in which format, so a parent on a phone
 * knows a PDF is coming.
 */
import { t } from '../i18n/ru.ts';
import { formatDate } from './dates.ts';

interface DocumentLike {
  kind: string;
  number?: string | undefined;
  date: string;
  file?: string | undefined;
  url?: string | undefined;
}

/** «Приказ № 214-о от 13 ноября 2026»; without a number «Положение от 29 августа 2025». */
export function documentReference(doc: Pick<DocumentLike, 'kind' | 'number' | 'date'>): string {
  const parts = [t.documents[doc.kind] ?? t.documents.other];
  // A non-breaking space keeps «№» with its number on a narrow screen.
  if (doc.number) parts.push(`${t.documents.number}\u00a0${doc.number}`);
  parts.push(`${t.documents.from} ${formatDate(doc.date)}`);
  return parts.join(' ');
}

/** «PDF», «DOCX» from the end of a path or link; undefined when it does not end in a file extension. */
export function documentFormat(target: string): string | undefined {
  // Of a link, only the path counts: «https://school.ru» is a site, not a «.ru» file.
  const path = /^[a-z]+:\/\//i.test(target) ? pathnameOf(target) : (target.split(/[?#]/, 1)[0] ?? '');
  const match = /\.([a-z0-9]{2,5})$/i.exec(path.slice(path.lastIndexOf('/') + 1));
  return match ? match[1]!.toUpperCase() : undefined;
}

/**
 * Where the document opens: a file under public/ is a site path (to go through `href()`), a `url` is
 * used as it is. An editor who wrote `public/documents/x.pdf` still gets the right path.
 */
export function documentTarget(doc: Pick<DocumentLike, 'file' | 'url'>): { path: string; internal: boolean; format?: string } | undefined {
  if (doc.file) {
    const path = doc.file.replace(/^\.?\/+/, '').replace(/^public\//, '');
    return { path, internal: true, ...formatOf(path) };
  }
  if (doc.url) return { path: doc.url, internal: false, ...formatOf(doc.url) };
  return undefined;
}

function pathnameOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function formatOf(target: string): { format?: string } {
  const format = documentFormat(target);
  return format ? { format } : {};
}

/**
 * Newest first. Documents of the same day keep the order they were registered in, latest first
 * (№ 215-о before № 214-о); without numbers, by title, so every build lists them the same way.
 */
export function sortDocuments<T extends Pick<DocumentLike, 'date' | 'number'> & { title: string }>(documents: readonly T[]): T[] {
  const natural = (a = '', b = '') => a.localeCompare(b, 'ru', { numeric: true });
  return [...documents].sort((a, b) => b.date.localeCompare(a.date) || natural(b.number, a.number) || natural(a.title, b.title));
}
