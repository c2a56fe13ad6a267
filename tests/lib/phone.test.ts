/**
 * Phone numbers as editors write them: which are real, the number a phone dials, no line breaks, the
 * phones inside free text, and numbers typed into the search box.
 */
import { describe, expect, test } from 'vitest';
import {
  compactTypedPhones,
  dialNumber,
  findPhones,
  isMobilePhone,
  isPublishablePhone,
  telHref,
  unbreakablePhone,
} from '../../src/lib/phone.ts';

describe('isPublishablePhone', () => {
  test.each([
    '8 (3843) 36-43-66',
    '+7 (3843) 36-43-66',
    '+7 905 912-34-56',
    '8-800-2000-122',
    '8 (3843) 36-43-66 доб. 12',
    '+7 905 912-34-56 доб 5',
    '112',
    '01',
  ])('%s is publishable', (phone) => {
    expect(isPublishablePhone(phone)).toBe(true);
  });
  test.each([
    '8 (3843) 36-43',
    '8 (3843) 36-43-661-1',
    // The library reads these as +7 838 451-41-23 and +375…: the trunk «8» needs ten digits after it, and «+» must be «+7».
    '8 (38451) 4-12-3',
    '+375 29 123-45-67',
    '+7 000 000-00-00',
    '4-12',
    'позвоните завучу',
    '12345',
  ])('%s is not', (phone) => {
    expect(isPublishablePhone(phone)).toBe(false);
  });
});

describe('dialNumber and telHref', () => {
  test('a Russian number in any spelling dials as E.164', () => {
    for (const written of ['8 (3843) 36-43-66', '+7 (3843) 36-43-66', '8-3843-364366', '+7\u00a0(3843)\u00a036\u201143\u201166']) {
      expect(dialNumber(written)).toBe('+73843364366');
      expect(telHref(written)).toBe('tel:+73843364366');
    }
    expect(telHref('8-800-2000-122')).toBe('tel:+78002000122');
  });
  test('a short service number dials as it is', () => {
    expect(telHref('112')).toBe('tel:112');
  });
  test('an extension is not dialled: the link calls the main line', () => {
    expect(dialNumber('8 (3843) 36-43-66 доб. 12')).toBe('+73843364366');
  });
});

describe('isMobilePhone', () => {
  test('+7 9xx is mobile, a city line and 8-800 are not', () => {
    expect(isMobilePhone('8 905 912-34-56')).toBe(true);
    expect(isMobilePhone('8 (3843) 36-43-66')).toBe(false);
    expect(isMobilePhone('8-800-2000-122')).toBe(false);
  });
});

describe('unbreakablePhone', () => {
  test('spaces and hyphens become their no-break forms; the text is otherwise kept', () => {
    expect(unbreakablePhone(' 8 (3843) 36-43-66 ')).toBe('8\u00a0(3843)\u00a036\u201143\u201166');
  });
});

describe('findPhones', () => {
  const found = (text: string) => findPhones(text).map((phone) => phone.text);

  test.each([
    ['Позвоните 8 (3843) 36-43-71, по будням.', '8 (3843) 36-43-71'],
    ['Горячая линия: +7 905 123-45-67.', '+7 905 123-45-67'],
    ['бесплатно 8-800-2000-122 (круглосуточно)', '8-800-2000-122'],
    ['(8 3843 364371)', '8 3843 364371'],
    ['тел.+7 (3843) 36-43-71', '+7 (3843) 36-43-71'],
    ['номер 89051234567 — завуч', '89051234567'],
    ['уже без переноса: 8\u00a0(3843)\u00a036\u201143\u201171', '8\u00a0(3843)\u00a036\u201143\u201171'],
  ])('finds the number in «%s»', (text, phone) => {
    expect(found(text)).toEqual([phone]);
    const [first] = findPhones(text);
    expect(text.slice(first!.index, first!.index + first!.text.length)).toBe(phone);
  });

  test('an extension after the number stays outside it', () => {
    expect(found('8 (3843) 36-43-71 доб. 12, спросите завуча')).toEqual(['8 (3843) 36-43-71']);
    expect(found('8 (3843) 36-43-71 (доб. 12)')).toEqual(['8 (3843) 36-43-71']);
  });

  test('two numbers in one sentence are two phones, in order', () => {
    expect(found('Звоните 8 (3843) 36-43-70 или +7 905 123-45-67, если занято')).toEqual(['8 (3843) 36-43-70', '+7 905 123-45-67']);
  });

  test.each([
    'с 08:00 до 17:00',
    'с 8:00 до 18:00, обед 13:00–14:00',
    'приказ № 214-о от 2026-11-13',
    'занятия с 13.11.2026 по 27.11.2026',
    'в 2025-2026 учебном году',
    '8 классов по 30 минут',
    '8 класс, 5–11 классы',
    '8 сентября 2026 года в 18 часов',
    'кабинет 214, номер 112',
    '8 (3843) 36-43-7',
    '89051234567890',
    'счёт 8 905 123-45-67-89',
    'код 78 905 123 45 67',
    'А8 905 123 45 67',
    '8 (000) 00-00-00',
  ])('«%s» has no phone', (text) => {
    expect(findPhones(text)).toEqual([]);
  });
});

describe('compactTypedPhones', () => {
  test('a phone typed with separators becomes its digits, as the index keeps it', () => {
    expect(compactTypedPhones('36-43-66')).toBe('364366');
    expect(compactTypedPhones('8 (3843) 36-43-66')).toBe('83843364366');
    expect(compactTypedPhones('телефон 36 43 66 завуча')).toBe('телефон 364366 завуча');
    // The end of a number, as people remember it.
    expect(compactTypedPhones('кто это 66-15')).toBe('кто это 6615');
  });
  test('dates, school years and times stay as typed', () => {
    for (const query of [
      'расписание 13.11.2026',
      'собрание 10.11',
      'приказ 2026-11-13',
      'учебный год 2025-2026',
      'звонок 08:30',
      '5 б',
      '5-9 классы',
      '10-11 классы',
    ]) {
      expect(compactTypedPhones(query)).toBe(query);
    }
  });
});
