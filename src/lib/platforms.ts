/** Platforms in plain words: what each is used for, its address as people read it, its guides. */
import { t } from '../i18n/ru.ts';

/** «видеоуроки, чаты и сообщения» from `[video, messenger]`, in the order the editor wrote them. */
export function platformUsage(kinds: readonly string[]): string {
  return [...new Set(kinds)].map((kind) => t.platforms.kind[kind] ?? kind).join(', ');
}

/** «sferum.ru», «gosuslugi.ru/help/faq/myschool»: a link's text without `https://`, `www.` and the last slash. */
export function displayUrl(url: string): string {
  return url
    .replace(/^https?:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/$/, '');
}

/** The guides for one platform, in the order they already have. */
export function platformGuides<T extends { data: { platform: string } }>(guides: readonly T[], platformId: string): T[] {
  return guides.filter((guide) => guide.data.platform === platformId);
}
