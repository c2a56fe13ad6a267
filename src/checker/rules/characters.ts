/**
 * Invisible control characters in text. Text copied from Word or a messenger can carry a vertical tab
 * (Word's line break), a backspace or a bell; a YAML escape can write a NUL or half of a surrogate
 * pair. Browsers hide them, but XML forbids them: `rss.xml` and the sitemap become files that feed
 * readers refuse, with nothing on the page to show why. Tabs and line breaks are fine.
 */
import type { Problem } from '../../content-model/problem.ts';
import { bodyPosition, forEachString } from '../free-text.ts';
import type { Checked, ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

/** A C0 control other than tab and line breaks, DEL, or a lone surrogate. */
// eslint-disable-next-line no-control-regex -- finding control characters is this rule's purpose
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function message(char: string): string {
  const code = char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  return `в тексте невидимый служебный символ (U+${code}), обычно он попадает при копировании из другой программы — удалите его: сотрите и заново наберите слова вокруг этого места`;
}

export function checkCharacters(model: ContentModel): Problem[] {
  const problems: Problem[] = [];
  for (const entries of Object.values(model) as Checked<unknown>[][]) {
    for (const entry of entries) {
      forEachString(entry.data, (text, path) => {
        const found = INVISIBLE.exec(text);
        if (found) problems.push(problemAt(entry, [...path], message(found[0])));
      });
      const found = INVISIBLE.exec(entry.source.body ?? '');
      if (found)
        problems.push({ severity: 'error', file: entry.file, ...bodyPosition(entry, found.index), field: '', message: message(found[0]) });
    }
  }
  return problems;
}
