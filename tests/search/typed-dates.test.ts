import { describe, expect, test } from 'vitest';
import { withNumericDates } from '../../src/search/query/typed-dates.ts';
import { queryWords } from '../../src/search/query/understand.ts';

describe('dates as people type and dictate them', () => {
  test.each([
    ['собрание шестнадцатого ноября', 'собрание 16 ноября'],
    ['двадцать третьего ноября собрание', '23 ноября собрание'],
    ['на двадцать первое декабря', 'на 21 декабря'],
    ['тридцать первого декабря', '31 декабря'],
    ['первого сентября', '1 сентября'],
    ['консультация четвертого марта', 'консультация 4 марта'],
    ['16-го ноября', '16 ноября'],
    ['18.11 собрание ссылка', '18 ноября собрание ссылка'],
    ['18.11.2026', '18 ноября'],
    ['03/12', '3 декабря'],
  ])('«%s» → «%s»', (typed, read) => {
    expect(withNumericDates(typed)).toBe(read);
  });

  test.each(['10-11 классы', '18:11', '1.5 Мбит/с', 'телефон 36.25.78', 'пятого а', 'первый урок', 'в ноябре'])(
    '«%s» is no date',
    (typed) => {
      expect(withNumericDates(typed)).toBe(typed);
    },
  );

  test('the query is searched by the date as the pages write it', () => {
    expect(queryWords('собрание восемнадцатого ноября').map((word) => word.text)).toEqual(['собрание', '18', 'ноября']);
  });
});
