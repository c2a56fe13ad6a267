/**
 * A package loaded when it is first needed instead of when its importer is: the checker imports
 * every rule, but a folder with no pictures, SVG files or Markdown to parse needs none of their
 * parsers, and loading them was a good part of `npm run check`'s start-up. `require` loads ES modules
 * synchronously (Node 22), so callers stay synchronous.
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** A function that returns the package, loading it on its first call. */
export function onFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= load(name) as T);
}
