/** Astro integration: after the build, index the site for search and report the figures. */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildSearchIndex } from '../search/build-index.ts';

export function searchIndex(): AstroIntegration {
  return {
    name: 'school-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const figures = await buildSearchIndex(fileURLToPath(dir));
        logger.info(
          `Поисковый индекс: ${figures.pages} стр., ${figures.records} записей, ${figures.words} слов, ${(figures.milliseconds / 1000).toFixed(2)} с`,
        );
        console.log(`Поиск: проиндексировано ${figures.pages} страниц (${figures.records} записей, ${figures.words} слов) за ${(figures.milliseconds / 1000).toFixed(2)} с.`);
        // For `npm run bench`: the figures as JSON, so it does not have to parse the line above.
        if (process.env['SEARCH_FIGURES_FILE']) writeFileSync(process.env['SEARCH_FIGURES_FILE'], JSON.stringify(figures));
      },
    },
  };
}
