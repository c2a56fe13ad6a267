/** Rule 6: phones are real Russian numbers or short service numbers; e-mails and links are well-formed; links are https. */
import { afterAll, describe, test } from 'vitest';
import { positionOf, removeContentCopies, replace, valuePositionOf, withFile } from '../helpers/content-fixture.ts';
import { expectClean, expectExactly } from './support.ts';

afterAll(removeContentCopies);

const NOT_A_PHONE = /^это не похоже на российский номер телефона — проверьте количество цифр: /;
const SCHOOL_PHONE = 'phone: "8 (38451) 4-12-34"';

function schoolPhone(written: string): string {
  return withFile('school.yaml', replace(SCHOOL_PHONE, `phone: ${written}`));
}

describe('rule 6: phones', () => {
  test.each([
    ['a digit short after «8 (…)»', '"8 (38451) 4-12-3"'],
    ['a digit too many after «+7»', '"+7 905 123-45-678"'],
    ['a digit short in an 8-800 number', '"8-800-2000-12"'],
    ['a foreign number', '"+1 212 555 0100"'],
    ['letters', '"позвоните в приёмную"'],
  ])('invalid: %s', (_, written) => {
    const dir = schoolPhone(written);
    expectExactly(dir, {
      file: 'school.yaml',
      ...valuePositionOf(dir, 'school.yaml', `phone: ${written}`),
      field: 'phone',
      message: NOT_A_PHONE,
    });
  });

  test('an invalid phone in a list names its position in the list', () => {
    const dir = withFile('contacts.yaml', replace('- "8 (38451) 4-12-35"', '- "8 (38451) 4-12-35"\n    - "4-12"'));
    expectExactly(dir, { file: 'contacts.yaml', ...positionOf(dir, 'contacts.yaml', '"4-12"'), field: 'phones[1]', message: NOT_A_PHONE });
  });

  test('an unquoted number asks for quotes', () => {
    const dir = schoolPhone('83845141234');
    expectExactly(dir, {
      file: 'school.yaml',
      ...valuePositionOf(dir, 'school.yaml', 'phone: 83845141234'),
      field: 'phone',
      message: /^нужен номер телефона — напишите его в кавычках/,
    });
  });

  test.each([['"+7 905 123-45-67"'], ['"8 800 2000 122"'], ['"83845141234"'], ['"112"'], ['"8(38451)41234"']])(
    'valid as written: %s',
    (written) => {
      expectClean(schoolPhone(written));
    },
  );
});

describe('rule 6: e-mails', () => {
  test.each([['info@школа3-юрга.рф'], ['info@xn--3--6kcco2bhxw7esd.xn--p1ai'], ['ivanova.mp@school3-yurga.ru']])('valid: %s', (written) => {
    expectClean(withFile('school.yaml', replace('email: school3@school3-yurga.ru', `email: ${written}`)));
  });

  test.each([['school3@'], ['school3.yurga.ru'], ['school3@school3-yurga'], ['"школа 3@mail.ru"'], ['a..b@mail.ru'], ['info@школа.р']])(
    'invalid: %s',
    (written) => {
      const dir = withFile('school.yaml', replace('email: school3@school3-yurga.ru', `email: ${written}`));
      expectExactly(dir, {
        file: 'school.yaml',
        ...valuePositionOf(dir, 'school.yaml', `email: ${written}`),
        field: 'email',
        message: /^это не адрес электронной почты — напишите его целиком, например school@example\.ru$/,
      });
    },
  );
});

describe('rule 6: links', () => {
  const HTTPS = /^ссылка должна быть полной и начинаться с https:\/\/ — скопируйте её из адресной строки браузера$/;

  test('an `http://` website', () => {
    const dir = withFile('school.yaml', replace('website: https://', 'website: http://'));
    expectExactly(dir, {
      file: 'school.yaml',
      ...valuePositionOf(dir, 'school.yaml', 'website: http://school3-yurga.ru'),
      field: 'website',
      message: HTTPS,
    });
  });

  test('a Cyrillic address (.рф) is a full link, written in letters or in punycode, as a website, a lesson link and a document', () => {
    expectClean(withFile('school.yaml', replace('website: https://school3-yurga.ru', 'website: https://школа3-юрга.рф')));
    expectClean(withFile('school.yaml', replace('website: https://school3-yurga.ru', 'website: https://xn--80ajghhoc.xn--p1ai')));
    const file = 'timetable/classes/5a.yaml';
    expectClean(withFile(file, replace('link: https://sferum.ru', 'link: https://урок.школа3-юрга.рф')));
    expectClean(
      withFile(
        'documents.yaml',
        replace('url: https://school3-yurga.ru/documents/prikaz-57-o.pdf', 'url: https://школа3-юрга.рф/документы/приказ-57.pdf'),
      ),
    );
    // The same mistakes are still refused: no scheme, and a top-level domain of one letter.
    for (const written of ['школа3-юрга.рф', 'https://school3-yurga.r']) {
      const dir = withFile('school.yaml', replace('website: https://school3-yurga.ru', `website: ${written}`));
      expectExactly(dir, {
        file: 'school.yaml',
        ...valuePositionOf(dir, 'school.yaml', `website: ${written}`),
        field: 'website',
        message: HTTPS,
      });
    }
  });

  test('an `http://` lesson link', () => {
    const file = 'timetable/classes/5a.yaml';
    const dir = withFile(file, replace('link: https://sferum.ru', 'link: http://sferum.ru'));
    expectExactly(dir, { file, ...valuePositionOf(dir, file, 'link: http://'), field: 'days.mon[0].link', message: HTTPS });
  });

  test("a meeting's recording: an `http://` link is refused where it stands; summary and https recording are fine", () => {
    const file = 'meetings/2026-11-19-5a.yaml';
    const bad = withFile(file, (text) => `${text}summary: Договорились о режиме дня.\nrecording: http://sferum.ru/?video=1\n`);
    expectExactly(bad, { file, ...valuePositionOf(bad, file, 'recording: http://'), field: 'recording', message: HTTPS });
    expectClean(withFile(file, (text) => `${text}summary: Договорились о режиме дня.\nrecording: https://sferum.ru/?video=1\n`));
  });

  test('a link without a scheme, and one with spaces', () => {
    const dir = withFile(
      'documents.yaml',
      replace('url: https://school3-yurga.ru/documents/prikaz-57-o.pdf', 'url: school3-yurga.ru/prikaz.pdf'),
    );
    expectExactly(dir, {
      file: 'documents.yaml',
      ...valuePositionOf(dir, 'documents.yaml', 'url: school3-yurga.ru'),
      field: 'url',
      message: HTTPS,
    });
    const spaced = withFile('platforms/sferum.yaml', replace('url: https://sferum.ru', 'url: https://sferum ru'));
    expectExactly(spaced, {
      file: 'platforms/sferum.yaml',
      ...valuePositionOf(spaced, 'platforms/sferum.yaml', 'url: https://sferum ru'),
      field: 'url',
      message: HTTPS,
    });
  });
});
