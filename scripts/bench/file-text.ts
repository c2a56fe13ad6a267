/**
 * How the synthetic school's files are written: YAML with times in double quotes, and Markdown with
 * a YAML front matter. Every generated file goes through these, so all are written the same way.
 */
import { Scalar, stringify } from 'yaml';

/** Times in double quotes, as editors are told to write them («"08:30"»), so any YAML reader sees text. */
function quoteTimes(value: unknown): unknown {
  if (typeof value === 'string' && /^\d\d:\d\d$/.test(value)) return Object.assign(new Scalar(value), { type: Scalar.QUOTE_DOUBLE });
  if (Array.isArray(value)) return value.map(quoteTimes);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, quoteTimes(v)]));
  return value;
}
const toYaml = (value: unknown) => stringify(quoteTimes(value), { lineWidth: 0 });
/** A YAML file, with a comment line first if one is given. */
export const yaml = (value: unknown, comment?: string) => `${comment ? `# ${comment}\n` : ''}${toYaml(value)}`;
/** A Markdown file: the front matter, then the body. */
export const markdown = (frontmatter: unknown, body: string) => `---\n${toYaml(frontmatter)}---\n\n${body}`;
