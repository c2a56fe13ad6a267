/**
 * The components .mdx content may use, handed to it by the page (`<Content components={mdxComponents} />`),
 * so no file needs an import. The names and how to write them are listed in src/markdown/mdx-rules.ts,
 * which the checker reads; `satisfies` keeps the two lists the same.
 */
import type { MdxComponentName } from '../../markdown/mdx-rules.ts';
import Callout from './Callout.astro';
import Phone from './Phone.astro';

export const mdxComponents = { Callout, Phone } satisfies Record<MdxComponentName, unknown>;
