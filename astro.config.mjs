// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { hyphenation } from './src/integrations/hyphenation.ts';
import { offlineApp } from './src/integrations/offline-app.ts';
import { editor } from './src/integrations/editor.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildSpeed } from './src/integrations/build-speed.ts';
import { resolve } from 'node:path';
import { contentDirFromEnv } from './src/content-model/collections.ts';
import { rehypeSafeHtml } from './src/markdown/editor-html.ts';
import { remarkCheckedTrees } from './src/markdown/checked-trees.ts';
import { remarkMdxNoCode } from './src/markdown/mdx-rules.ts';
import { remarkSmartPunctuation } from './src/markdown/remark-smart-punctuation.ts';
import { remarkSafePictures } from './src/markdown/remark-safe-pictures.ts';
import { remarkCallouts } from './src/markdown/remark-callouts.ts';
import { remarkGuideSteps } from './src/markdown/remark-guide-steps.ts';
import { remarkPhoneLinks } from './src/markdown/remark-phone-links.ts';
import { remarkSiteLinks } from './src/markdown/site-links.ts';
import { remarkPictureDescriptions } from './src/markdown/remark-picture-descriptions.ts';
import { remarkTables } from './src/markdown/remark-tables.ts';
import { siteSettingsFromEnv } from './src/site/settings.ts';

const settings = siteSettingsFromEnv();

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'always' },
  compressHTML: true,
  devToolbar: { enabled: false },
  // Editors write plain Markdown; the project's remark plugins (guide steps) need the unified processor.
  // MDX inherits these plugins. Safety first: no code in MDX, no picture from outside the content folder
  // or another site, and editors' HTML through the sanitizer's allowlist (src/markdown/safe-html.ts).
  // The first plugin takes the checker's parse of a body instead of parsing it again (src/markdown/checked-trees.ts);
  // the second is Astro's smart punctuation, run only on texts it would change (src/markdown/remark-smart-punctuation.ts).
  // Links written from the site's root (/contacts/) get the base path of a site published under one (src/markdown/site-links.ts).
  markdown: {
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [
        remarkCheckedTrees,
        remarkSmartPunctuation,
        remarkMdxNoCode,
        [remarkSafePictures, { contentDir: resolve(contentDirFromEnv()) }],
        remarkGfm,
        remarkGuideSteps,
        remarkCallouts,
        remarkPhoneLinks,
        [remarkSiteLinks, { base: settings.base }],
        remarkTables,
        remarkPictureDescriptions,
      ],
      rehypePlugins: [rehypeSafeHtml],
    }),
  },
  // `MARKDOWN_PROCESSOR=satteri` (used by `npm run bench` only): Astro's default processor, to time what unified costs.
  ...(process.env['MARKDOWN_PROCESSOR'] === 'satteri' ? { markdown: {} } : {}),
  // The sitemap lists the pages search engines should show; the embed (for iframes) and the 404 are left out.
  // Hyphenation comes after the search index (the index keeps whole words, the pages get soft hyphens);
  // the offline app's list and version over the pages as served; the editor's /admin/ (not a page of the site) last.
  integrations: [
    buildSpeed(),
    mdx(),
    sitemap({ filter: (page) => !/\/(embed|404)\//.test(new URL(page).pathname) }),
    searchIndex(),
    hyphenation(),
    offlineApp(),
    editor(),
  ],
});
