/**
 * Invisible control characters (Word's line break U+000B, a bell, a NUL written as a YAML escape, half
 * a surrogate pair) are errors at their place: XML forbids them, so rss.xml and the sitemap would be
 * refused by readers. Tabs, line breaks and ordinary Unicode (emoji, «ёлочки», non-breaking spaces) pass.
 */
import { afterAll, describe, test } from 'vitest';
import { positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { guide } from '../build/gate-cases.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const MESSAGE = (code: string) =>
  new RegExp(`^в тексте невидимый служебный символ \\(U\\+${code}\\), обычно он попадает при копировании из другой программы — `);

describe('invisible control characters', () => {
  test("Word's line break in a Markdown body: at its line and column", () => {
    const file = 'guides/extra.md';
    const dir = withFile(file, guide('', '1. Открой приложение.\n2. Нажми\u000Bкнопку.\n'));
    expectExactly(dir, { file, ...positionOf(dir, file, '\u000B'), field: '', message: MESSAGE('000B') });
  });

  test('a YAML escape for a bell in a field: on that field', () => {
    const file = 'contacts.yaml';
    const dir = withFile(file, replace('title: Педагог-психолог школы', 'title: "Педагог\\a психолог"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'title: "Педагог'), field: 'title', message: MESSAGE('0007') });
  });

  test('half of a surrogate pair written as a YAML escape', () => {
    const file = 'staff/petrov-i-v.yaml';
    const dir = withFile(file, replace('position: Учитель математики', 'position: "Учитель \\uD800математики"'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'position: "'), field: 'position', message: MESSAGE('D800') });
  });

  test('allowed: tabs inside text, emoji, non-breaking spaces, «ёлочки»', () => {
    expectClean(withFile('guides/extra.md', guide('', '1. Нажми\tкнопку 🙂 «Войти»\u00a0— и\u2011всё.\n')));
  });
});
