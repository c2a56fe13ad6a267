/**
 * Pictures in Markdown bodies (guides, answers, pages, notices), inline or reference-style. Each must
 * be a file in the content folder (shortcuts followed), next to the text that shows it, and must say
 * what it shows:
 * - a missing file would stop Astro's build with an English stack trace;
 * - a picture from another site would make every visitor's browser ask that site (152-ФЗ, and the
 *   project's rule that no request leaves the site);
 * - a file outside the content folder would be published with the site;
 * - a picture without a description is a blank to a screen reader (WCAG 1.1.1), and pupils follow
 *   these pictures step by step.
 * The rule itself is src/markdown/local-files.ts, which the build applies too.
 */
import type { Problem } from '../../content-model/problem.ts';
import { pictureProblem, picturesOf } from '../../markdown/local-files.ts';
import type { ParsedBody } from './markdown-tree.ts';

/** Problems of the pictures of one Markdown body, placed on their line in the file. */
export function checkImages(contentDir: string, body: ParsedBody): Problem[] {
  return picturesOf(body.mdast).flatMap(({ node, url, alt }) => {
    const message = pictureProblem(contentDir, body.entry.file, url, alt);
    return message ? [body.at(node, message)] : [];
  });
}
