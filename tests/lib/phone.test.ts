/** Phone numbers as editors write them: which are real, the number a phone dials, no line breaks. */
import { describe, expect, test } from 'vitest';
import { isPublishablePhone, telHref, unbreakablePhone } from '../../src/lib/phone.ts';

describe('isPublishablePhone', () => {
  test.each(['8 (3843) 36-43-66', '+7 (3843) 36-43-66', '+7 905 912-34-56', '8-800-2000-122', '112', '01'])('%s is publishable', (phone) => {
    expect(isPublishablePhone(phone)).toBe(true);
  });
  test.each(['8 (3843) 36-43', '8 (3843) 36-43-661-1', '+7 000 000-00-00', 'позвоните завучу', '12345'])('%s is not', (phone) => {
    expect(isPublishablePhone(phone)).toBe(false);
  });
});

describe('telHref', () => {
  test('a Russian number in any spelling dials as E.164', () => {
    expect(telHref('8 (3843) 36-43-66')).toBe('tel:+73843364366');
    expect(telHref('+7 (3843) 36-43-66')).toBe('tel:+73843364366');
    expect(telHref('8-800-2000-122')).toBe('tel:+78002000122');
  });
  test('a short service number dials as it is', () => {
    expect(telHref('112')).toBe('tel:112');
  });
});

describe('unbreakablePhone', () => {
  test('spaces and hyphens become their no-break forms; the text is otherwise kept', () => {
    expect(unbreakablePhone(' 8 (3843) 36-43-66 ')).toBe('8\u00a0(3843)\u00a036\u201143\u201166');
  });
});
