/** Astro integration: after the build, index the site for search and report the figures. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { plural } from '../i18n/plural.ts';
import { buildSearchIndex } from '../search/build-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'school-search-index',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const figures = await buildSearchIndex(fileURLToPath(dir));
        const { pages, records, words } = figures;
        // One line on the console (not through Astro's logger, which the build script keeps quiet).
        console.log(
          `Поиск: ${pages} ${plural(pages, 'страница', 'страницы', 'страниц')} в индексе (${records} ${plural(records, 'запись', 'записи', 'записей')}, ` +
            `${words} ${plural(words, 'слово', 'слова', 'слов')}) за ${(figures.milliseconds / 1000).toFixed(2)} с.`,
        );
        // For `npm run bench`: the figures as JSON, so it does not have to parse the line above.
        if (process.env['SEARCH_FIGURES_FILE']) writeFileSync(process.env['SEARCH_FIGURES_FILE'], JSON.stringify(figures));
      },
    },
  };
}
