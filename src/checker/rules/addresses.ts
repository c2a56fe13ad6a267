/**
 * Every entry that gets its own address on the site must get a free one. Two files of one name
 * (`sferum-vhod.md` and `sferum-vhod.mdx`), or a free page named like a page the site already has
 * (`pages/contacts.md`), made Astro build one and silently drop the other — the editor's text, or the
 * school's contacts page, was simply gone.
 */
import type { Problem } from '../../content-model/problem.ts';
import type { Checked, ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';
import { classTimetablePath, contactCardPath } from '../../site/routes.ts';

/**
 * Addresses the site itself uses, by the collection whose entries would take them:
 * - free pages are published at `/<id>/`, beside the site's own pages and folders (src/pages, and
 *   `pagefind/` of the search index, the sitemap);
 * - a class at `/timetable/<id>/`, beside the bells page;
 * - a contact's card at `/contacts/<id>.vcf`, beside the card of all contacts.
 * tests/checker/addresses.test.ts compares this list with src/pages, so a new page cannot be missed.
 */
export const reservedIds = {
  pages: [
    '404',
    'announcements',
    'calendar',
    'communication',
    'contacts',
    'coordinators',
    'documents',
    'embed',
    'faq',
    'guides',
    'info.json',
    'meetings',
    'memo',
    'plan',
    'platforms',
    'requirements',
    'rss.xml',
    'search',
    'staff',
    'timetable',
    'pagefind',
    'sitemap-index.xml',
    'sitemap-0.xml',
    'device-check',
    'manifest.webmanifest',
    'sw.js',
  ],
  classes: ['bells'],
  contacts: ['all'],
} as const;

const addressOf: Record<keyof typeof reservedIds, (id: string) => string> = {
  pages: (id) => `/${id}/`,
  classes: (id) => `/${classTimetablePath(id)}`,
  contacts: (id) => `/${contactCardPath(id)}`,
};

function reserved(name: keyof typeof reservedIds, entries: readonly Checked<unknown>[], field?: string): Problem[] {
  const taken = new Set<string>(reservedIds[name]);
  return entries
    .filter((entry) => taken.has(entry.id))
    .map((entry) => {
      const message = `адрес ${addressOf[name](entry.id)} уже занят самим сайтом — ${field ? `выберите другой ${field}` : 'переименуйте файл'}, например «${entry.id}-2»`;
      return field
        ? problemAt(entry, [field], message)
        : { severity: 'error' as const, file: entry.file, line: 1, column: 1, field: '', message };
    });
}

/** Two Markdown files whose names differ only in the extension: one address, one would be lost. */
function sameName(entries: readonly Checked<unknown>[]): Problem[] {
  const first = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    const earlier = first.get(entry.id);
    if (earlier === undefined) first.set(entry.id, entry.file);
    else {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: 1,
        column: 1,
        field: '',
        message: `у файлов ${earlier} и ${entry.file} одно имя, а значит, один адрес на сайте — оставьте один из них или переименуйте этот`,
      });
    }
  }
  return problems;
}

export function checkAddresses(model: ContentModel): Problem[] {
  return [
    ...reserved('pages', model.pages),
    ...reserved('classes', model.classes),
    ...reserved('contacts', model.contacts, 'id'),
    ...sameName(model.guides),
    ...sameName(model.pages),
  ];
}
