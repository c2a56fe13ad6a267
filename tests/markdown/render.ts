/**
 * Renders Markdown the way the site does: Astro's own unified processor (@astrojs/markdown-remark,
 * a direct dependency) with `gfm: false` and remark-gfm first, as in astro.config.mjs.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { pathToFileURL } from 'node:url';

type Plugin = () => (tree: never, file: never) => void;

export async function renderMarkdown(markdown: string, file: string, plugins: Plugin[]): Promise<string> {
  const processor = await createMarkdownProcessor({ gfm: false, remarkPlugins: [remarkGfm, ...plugins] as never });
  const { code } = await processor.render(markdown, { fileURL: pathToFileURL(file) } as never);
  return code;
}
