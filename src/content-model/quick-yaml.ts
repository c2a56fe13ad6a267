/**
 * The quick way to read an ordinary YAML file. The `yaml` package, which the checker needs for its
 * positions and its error codes, took a second to read a large school's thousand files (most of
 * `npm run check`); `js-yaml` reads the same text several times faster but knows no positions. So a
 * file is read by `js-yaml` first, and by `yaml` only when something needs it: a mistake (js-yaml
 * refuses the file), a position for a problem the checker found (yaml-source.ts reads the file again then),
 * or a feature whose reading the two packages could disagree on.
 *
 * Both read YAML 1.2 with the core schema, so on plain files they give the same data; a test reads
 * every fixture, generated schools of several seeds and mutated files with both and compares.
 */
import { CORE_SCHEMA, load } from 'js-yaml';

/**
 * Text that sends a file to the exact reader: tags (`!`, which the checker refuses in any form),
 * anchors and aliases (`&`, `*`, which it limits), `_` inside a number (`1_000` is a number to js-yaml
 * and text to YAML 1.2), keys that are not plain text — a `?` or `:` standing alone (an explicit or
 * empty key) or a list or map before a colon — which the two packages turn into different text, and a
 * `#` right after a closing quote or bracket (a mistake only `yaml` reports), and a carriage return
 * without a line feed (a line break to js-yaml, a character to `yaml`). A file
 * with any of these takes the slower way, which is right for it.
 */
const NEEDS_EXACT_READER = /[!&*]|\d_|(?:^|[\s,[{])[?:](?:\s|$)|[\]}]:(?:\s|$)|["'\]}]#|\r(?!\n)/;

/**
 * Whether a quoted text or a [list] or {map} may go on to the next line: a line with an odd number of
 * quotes of one kind (an escaped \\" not counted), or with brackets not closed on it. How far such a
 * continuation must be indented is where the packages disagree (js-yaml takes an unindented one, `yaml`
 * rightly refuses it), so such files go to the exact reader. One pass over the characters: it runs on
 * every file.
 */
function mayContinueOnNextLine(text: string): boolean {
  let doubles = 0;
  let singles = 0;
  let squares = 0;
  let curlies = 0;
  const unclosed = () => doubles % 2 === 1 || singles % 2 === 1 || squares !== 0 || curlies !== 0;
  for (let index = 0; index < text.length; index++) {
    switch (text.charCodeAt(index)) {
      case 0x0a: // a line feed: the line is over
        if (unclosed()) return true;
        doubles = singles = squares = curlies = 0;
        break;
      case 0x5c: {
        // a backslash escapes a following " or \ (the one after it is then a character of its own)
        const next = text.charCodeAt(index + 1);
        if (next === 0x22 || next === 0x5c) index++;
        break;
      }
      case 0x22:
        doubles++;
        break;
      case 0x27:
        singles++;
        break;
      case 0x5b:
        squares++;
        break;
      case 0x5d:
        squares--;
        break;
      case 0x7b:
        curlies++;
        break;
      case 0x7d:
        curlies--;
        break;
    }
  }
  return unclosed();
}

/** A key the two packages write differently: js-yaml writes a `null` or `~` key as «null», `yaml` as «». */
const NULL_KEY = 'null';

/** Whether any map in the data has a key that may have been a null (see NULL_KEY). */
function hasNullKey(data: unknown): boolean {
  if (Array.isArray(data)) return data.some(hasNullKey);
  if (typeof data !== 'object' || data === null) return false;
  return Object.entries(data).some(([key, value]) => key === NULL_KEY || hasNullKey(value));
}

/**
 * The data of a YAML text when it is plain enough to read quickly, or undefined: then the caller reads
 * it with `yaml`, which also explains any mistake in it.
 */
export function quickYamlData(text: string): { data: unknown } | undefined {
  if (NEEDS_EXACT_READER.test(text) || mayContinueOnNextLine(text)) return undefined;
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch {
    return undefined;
  }
  // An empty document is null to `yaml` and undefined to js-yaml; the exact reader decides.
  return data === undefined || hasNullKey(data) ? undefined : { data };
}
