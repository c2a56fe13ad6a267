/**
 * Writes the portal into the output folder, beside the schools' sites: pages, stylesheet, scripts,
 * exports and the portal's own Pagefind bundle (the primary index the schools' indexes merge into).
 * Everything is rendered in memory first, so a failure writes nothing.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as pagefind from 'pagefind';
import { portalData, type PortalData, type RegionPart } from './data.ts';
import { eventsCalendar, formCsv, formXlsx, regionInfo, urgentFeed } from './exports.ts';
import { coordinatorsPage, indexPage, municipalityPage, planPage, searchPage } from './pages.ts';
import { regionRu } from '../../i18n/region-ru.ts';

const SRC = join(import.meta.dirname, '..', '..');

/** The site's tokens and global stylesheet, then the portal's own rules: one file, same look. */
export function portalCss(): string {
  const tokens = readFileSync(join(SRC, 'styles', 'tokens.css'), 'utf8');
  const global = readFileSync(join(SRC, 'styles', 'global.css'), 'utf8').replace(/^@import[^\n]*\n/m, '');
  return `${tokens}\n${global}\n${readFileSync(join(import.meta.dirname, 'portal.css'), 'utf8')}`;
}

/** The portal's small scripts are plain JavaScript: served as they are, no bundler in between. */
function clientScript(name: string): string {
  return readFileSync(join(SRC, 'region', 'client', `${name}.js`), 'utf8');
}

/** Every file of the portal: path under the output folder → content. */
export async function renderPortal(data: PortalData): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  files.set('index.html', indexPage(data));
  for (const m of data.municipalities) files.set(`m/${m.id}/index.html`, municipalityPage(data, m));
  files.set('coordinators/index.html', coordinatorsPage(data));
  files.set('plan/index.html', planPage(data));
  files.set('search/index.html', searchPage(data));
  files.set('portal.css', portalCss());
  files.set('portal-table.js', clientScript('portal-table'));
  files.set('portal-search.js', clientScript('portal-search'));
  files.set('info.json', `${JSON.stringify(regionInfo(data), null, 2)}\n`);
  files.set('rss.xml', await urgentFeed(data));
  files.set('events.ics', eventsCalendar(data));
  const sheets = [
    { name: regionRu.coordinators.sheet, people: data.region.coordinators },
    ...data.municipalities.map((m) => ({ name: m.data.name, people: m.data.coordinators })),
  ];
  files.set('coordinators/coordinators.xlsx', await formXlsx(sheets));
  files.set('coordinators/coordinators.csv', formCsv(sheets.flatMap((sheet) => sheet.people)));
  for (const m of data.municipalities) {
    files.set(`coordinators/${m.id}.xlsx`, await formXlsx([{ name: m.data.name, people: m.data.coordinators }]));
    files.set(`coordinators/${m.id}.csv`, formCsv(m.data.coordinators));
  }
  return files;
}

/** The portal's pages in its own search bundle (schools' bundles are merged in the browser). */
async function indexPortal(outDir: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'ru' });
  if (!index) throw new Error(`Pagefind не запустился: ${errors.join('; ')}`);
  try {
    for (const [path, content] of files) {
      if (!path.endsWith('index.html') || path.startsWith('search/')) continue;
      const added = await index.addHTMLFile({ url: `/${path.replace(/index\.html$/, '')}`, content: String(content) });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    }
    rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}

export async function writePortal(outDir: string, parts: readonly RegionPart[]): Promise<PortalData> {
  const data = portalData(parts);
  const files = await renderPortal(data);
  // Pages and forms of a municipality that is gone must not stay behind.
  for (const dir of ['m', 'coordinators']) rmSync(join(outDir, dir), { recursive: true, force: true });
  for (const [path, content] of files) {
    const target = join(outDir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
  await indexPortal(outDir, files);
  return data;
}
