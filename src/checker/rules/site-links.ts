/**
 * Links from a text to the site itself must lead somewhere (src/markdown/site-links.ts says which
 * links those are). A warning, not an error: the site builds, but a parent who taps «приказ» gets
 * «страница не найдена».
 * - `/something/` must be a page or a file of the site: a section, a guide, a class's timetable, a
 *   free page, a contact card, a calendar, or a file in the project's `public/` folder;
 * - a relative link (`../contacts/`, `files/prikaz.pdf`) is reported always: the same text can show
 *   on several pages, and a file next to the text is published only when the text shows it as a picture.
 * The links are collected while the bodies are parsed for the other rules (markdown-bodies.ts), so no
 * text is parsed twice.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { CollectionName } from '../../content-model/collections.ts';
import type { Problem } from '../../content-model/problem.ts';
import { isSiteAddress, rootLinkPath, siteLinksOf } from '../../markdown/site-links.ts';
import { classTimetablePath, contactCardPath, freePagePath, guidePath, paths } from '../../site/routes.ts';
import type { Checked, ContentModel } from '../model.ts';
import { reservedIds } from './addresses.ts';
import type { ParsedBody } from './markdown-tree.ts';

/** A site link found in a body: its address and a problem at its place. */
interface FoundLink {
  url: string;
  at(message: string): Problem;
}

/** Links by the parsed file they were found in (the entry's `source`), kept until the rule runs. */
const found = new WeakMap<object, FoundLink[]>();

/** Remembers the site links of a parsed body, for checkSiteLinks. */
export function rememberSiteLinks(body: ParsedBody): void {
  found.set(
    body.entry.source,
    siteLinksOf(body.mdast).map(({ node, url }) => ({ url, at: (message: string) => body.at(node, message, 'warning') })),
  );
}

/** Where each collection with Markdown texts shows a text: relative links are read from there. */
const pageOf: Partial<Record<CollectionName, (id: string) => string>> = {
  guides: guidePath,
  pages: freePagePath,
  faq: () => paths.faq,
  announcements: () => paths.announcements,
};

/** Files in the project's `public/` folder: published as they are, so a text may link to them. */
function publicFiles(publicDir: string): string[] {
  if (!existsSync(publicDir)) return [];
  return readdirSync(publicDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(publicDir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

/** Every address of the site as a site path (`contacts/`, `guides/sferum-vhod/`, `rss.xml`). */
function siteAddresses(model: ContentModel, publicDir: string): Set<string> {
  return new Set([
    ...Object.values(paths),
    ...reservedIds.pages.flatMap((name) => [name, `${name}/`]),
    ...model.guides.map((entry) => guidePath(entry.id)),
    ...model.pages.map((entry) => freePagePath(entry.id)),
    ...model.classes.map((entry) => classTimetablePath(entry.id)),
    ...model.contacts.map((entry) => contactCardPath(entry.id)),
    ...publicFiles(publicDir),
  ]);
}

const SECTIONS = `/${paths.contacts}, /${paths.timetable}, /${paths.guides}`;

/** The site path a relative link leads to from a page, or undefined when it leads nowhere readable. */
function resolvedPath(url: string, pagePath: string): string | undefined {
  try {
    return rootLinkPath(new URL(url.trim(), `https://site.invalid/${pagePath}`).pathname);
  } catch {
    return undefined;
  }
}

function problemOf(link: FoundLink, pagePath: string | undefined, addresses: ReadonlySet<string>): Problem | undefined {
  const root = rootLinkPath(link.url);
  if (root !== undefined) {
    if (isSiteAddress(root, addresses) || root.startsWith('calendar/')) return undefined;
    return link.at(
      `ссылка «${link.url}» ведёт на страницу или файл, которых на сайте нет — проверьте адрес (разделы сайта: ${SECTIONS}…) или дайте полную ссылку https://… на другой сайт`,
    );
  }
  const resolved = pagePath === undefined ? undefined : resolvedPath(link.url, pagePath);
  if (resolved !== undefined && isSiteAddress(resolved, addresses)) {
    return link.at(
      `ссылка «${link.url}» записана от этой страницы, а текст может показываться и на других — напишите адрес от начала сайта: /${resolved}`,
    );
  }
  return link.at(
    `ссылка «${link.url}» никуда не ведёт: файлы из папки content попадают на сайт, только если текст показывает их как картинку — документ выложите на сайт школы и дайте полную ссылку https://…, а страницу этого сайта укажите от начала сайта, например /${paths.contacts}`,
  );
}

/** Warnings for links of the texts that lead to no page or file of the site. `publicDir`: the project's public folder. */
export function checkSiteLinks(model: ContentModel, publicDir = resolve('public')): Problem[] {
  let addresses: Set<string> | undefined;
  const problems: Problem[] = [];
  for (const [name, pageOfEntry] of Object.entries(pageOf) as [CollectionName, (id: string) => string][]) {
    for (const entry of model[name] as Checked<unknown>[]) {
      const links = found.get(entry.source);
      if (!links || links.length === 0) continue;
      addresses ??= siteAddresses(model, publicDir);
      for (const link of links) {
        const problem = problemOf(link, pageOfEntry(entry.id), addresses);
        if (problem) problems.push(problem);
      }
    }
  }
  return problems;
}
