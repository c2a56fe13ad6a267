// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import { searchIndex } from './src/integrations/search-index.ts';
import { remarkGuideSteps } from './src/markdown/remark-guide-steps.ts';
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
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm, remarkGuideSteps] }) },
  integrations: [mdx(), searchIndex()],
});
