import { describe, expect, test } from 'vitest';
import { hyphenateHtml, hyphenateText, SOFT_HYPHEN } from '../../src/lib/hyphenate-html.ts';

const shown = (text: string) => text.replaceAll(SOFT_HYPHEN, '|');

describe('Russian hyphenation of built pages', () => {
  test('long Russian words get soft hyphens at syllable breaks; short words and capitals stay whole', () => {
    expect(shown(hyphenateText('Дистанционное обучение в школе МБОУ'))).toBe('Ди|стан|ци|он|ное обу|че|ние в школе МБОУ');
    expect(hyphenateText('Дистанционное').replaceAll(SOFT_HYPHEN, '')).toBe('Дистанционное');
  });

  test('web addresses, e-mails, phones and code stay whole', () => {
    for (const token of [
      'school47-nk.ru',
      'https://школа.рф/расписание',
      'директор@школа.рф',
      '8 (3843) 36‑43‑66',
      'calendar/meetings-5a.ics',
      'www.госуслуги.рф',
    ]) {
      expect(hyphenateText(`Расписание: ${token}`)).toBe(`${hyphenateText('Расписание:')} ${token}`);
    }
  });

  test('only text is rewritten: markup, attributes, scripts, code, phone links and other languages are left as they were', () => {
    const page =
      '<!doctype html><html lang="ru"><head><title>Дистанционное обучение</title><script>const a = "Дистанционное";</script></head>' +
      '<body><h1 class="Дистанционное" title="Дистанционное">Дистанционное &amp; обучение</h1><code>Дистанционное</code>' +
      '<a href="tel:+73843364366">Дистанционное</a><p lang="en">Дистанционное</p><p>Сферум — Дистанционное</p></body></html>';
    const out = hyphenateHtml(page);
    expect(out.replaceAll(SOFT_HYPHEN, '')).toBe(page);
    expect(shown(out)).toContain('<h1 class="Дистанционное" title="Дистанционное">Ди|стан|ци|он|ное &amp; обу|че|ние</h1>');
    expect(shown(out)).toContain('<p>Сфе|рум — Ди|стан|ци|он|ное</p>');
    expect(out.split(SOFT_HYPHEN)).toHaveLength(12);
  });

  test('running twice adds nothing', () => {
    const once = hyphenateHtml('<p>Дистанционное обучение</p>');
    expect(hyphenateHtml(once)).toBe(once);
  });
});
