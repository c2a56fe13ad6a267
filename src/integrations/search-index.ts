/** Astro integration: after the build, index the site for search and report the figures. */
import type { AstroIntegration } from 'astro';
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
      },
    },
  };
}
