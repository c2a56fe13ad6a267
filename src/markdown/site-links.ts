/**
 * Links from an editor's text to the site itself (`[контакты](/contacts/)`), as opposed to links to
 * other sites, e-mail, phones or a place on the same page. One module for both sides:
 * - the build adds the site's base path to a link written from the site's root (remarkSiteLinks): a
 *   school publishing under `/distant/` got `/contacts/`, the school's main site, not its own page;
 * - the checker warns about a link to a page or file the site does not have (checkSiteLinks in
 *   src/checker/rules/site-links.ts), and about a relative link (`../contacts/`, `files/prikaz.pdf`):
 *   a text can be shown on several pages (an announcement on the home page too), and files next to
 *   the text are not published unless a text shows them as pictures.
 */
import type { Definition, Link, Root } from 'mdast';
import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { addressPath, isRemoteAddress } from './local-files.ts';

/** A link of a text that leads into the site: written from the site's root, or relative to the page. */
export function isSiteLink(url: string): boolean {
  const trimmed = url.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && !isRemoteAddress(trimmed);
}

/** A link's node and address, inline or as a reference definition (`[имя]: /contacts/`). */
export interface SiteLinkUse {
  node: Node;
  url: string;
}

/**
 * Every site link of a text, in order: inline links, and the definitions links refer to (`[вход][x]`
 * with `[x]: /guides/…`). A definition only pictures use is a picture's address (local-files.ts checks
 * those), and one nothing uses shows nothing.
 */
export function siteLinksOf(tree: Root): SiteLinkUse[] {
  const linked = new Set<string>();
  visit(tree, 'linkReference', (node) => {
    linked.add(node.identifier);
  });
  const found: SiteLinkUse[] = [];
  visit(tree, (node) => {
    const isLink = node.type === 'link' || (node.type === 'definition' && linked.has((node as Definition).identifier));
    if (isLink && isSiteLink((node as Link | Definition).url)) found.push({ node, url: (node as Link | Definition).url });
  });
  return found;
}

/**
 * The site path a root link leads to (`/staff/#ivanova` → `staff/`), decoded, without query or anchor;
 * undefined for a relative link.
 */
export function rootLinkPath(url: string): string | undefined {
  const trimmed = url.trim();
  if (!trimmed.startsWith('/')) return undefined;
  return addressPath(trimmed).replace(/^\/+/, '');
}

/**
 * Whether a root link's path is an address of the site: a page (with or without its closing slash)
 * or a file. `addresses` are site paths as src/site/routes.ts writes them (`contacts/`, `rss.xml`).
 */
export function isSiteAddress(path: string, addresses: ReadonlySet<string>): boolean {
  return addresses.has(path) || addresses.has(`${path}/`);
}

/** Puts the site's base path (`/distant/`) before every link written from the site's root. */
export function remarkSiteLinks({ base }: { base: string }) {
  const prefix = base.replace(/\/+$/, '');
  return (tree: Root) => {
    if (prefix === '') return;
    visit(tree, (node) => {
      if (node.type !== 'link' && node.type !== 'definition') return;
      const link = node as Link | Definition;
      if (rootLinkPath(link.url) !== undefined && !link.url.startsWith(`${prefix}/`)) link.url = `${prefix}${link.url.trim()}`;
    });
  };
}
