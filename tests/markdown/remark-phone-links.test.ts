/** Phones written in prose become tel: links in E.164; other numbers do not. */
import { describe, expect, test } from 'vitest';
import { linkPhones, remarkPhoneLinks } from '../../src/markdown/remark-phone-links.ts';
import { unbreakablePhone } from '../../src/lib/phone.ts';
import { renderMarkdown } from './render.ts';

describe('linkPhones', () => {
  test.each([
    ['8 (3843) 36-43-71, по будням', '8 (3843) 36-43-71', 'tel:+73843364371'],
    ['8-800-2000-122 (бесплатно)', '8-800-2000-122', 'tel:+78002000122'],
    ['+7 905 123-45-67.', '+7 905 123-45-67', 'tel:+79051234567'],
  ])('%s', (text, phone, tel) => {
    const parts = linkPhones(`Звоните: ${text}`);
    expect(parts.find((part) => part.type === 'link')).toMatchObject({
      type: 'link',
      url: tel,
      children: [{ value: unbreakablePhone(phone) }],
    });
    expect(parts.map((part) => (part.type === 'link' ? phone : part.value)).join('')).toBe(`Звоните: ${text}`);
  });

  test.each([['с 08:00 до 17:00'], ['приказ № 214-о от 2026-11-13'], ['8 классов по 30 минут'], ['8 (3843) 36-43-7'], ['89051234567890']])(
    '%s is not a phone',
    (text) => {
      expect(linkPhones(text)).toEqual([{ type: 'text', value: text }]);
    },
  );
});

describe('remarkPhoneLinks in the real processor', () => {
  test('bold and plain phones are linked, existing links and code are not touched', async () => {
    const html = await renderMarkdown(
      'Горячая линия **8 (3843) 36-43-70**, поддержка 8 (3843) 36-43-71.\n\n[Позвонить](tel:+73843364366) и `8 (3843) 36-43-72`\n',
      '/c/faq/a.md',
      [remarkPhoneLinks],
    );
    expect(html).toContain('<strong><a href="tel:+73843364370">8\u00a0(3843)\u00a036\u201143\u201170</a></strong>');
    expect(html).toContain('<a href="tel:+73843364371">');
    expect(html.match(/href="tel:/g)).toHaveLength(3);
    expect(html).toContain('<code>8 (3843) 36-43-72</code>');
  });
});
