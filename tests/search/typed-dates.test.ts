import { describe, expect, test } from 'vitest';
import { datesAsWeekdays, namesDate, withNumericDates } from '../../src/search/query/typed-dates.ts';
import { sectionsPreferredBy } from '../../src/search/query/intent.ts';
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

  test('a date is its weekday in the year nearest to today', () => {
    const inTerm = new Date(Date.UTC(2026, 10, 18));
    expect(datesAsWeekdays('что у 3а 19 ноября', inTerm)).toBe('что у 3а четверг');
    expect(datesAsWeekdays('5а 23 ноября', inTerm)).toBe('5а понедельник');
    // In January, «29 декабря» is the December just past, not the next one.
    expect(datesAsWeekdays('29 декабря', new Date(Date.UTC(2027, 0, 10)))).toBe('вторник');
    // No such day: left as typed.
    expect(datesAsWeekdays('31 ноября', inTerm)).toBe('31 ноября');
  });

  test("beside a class, a date asks for the class's day; alone, it stays a date", () => {
    const texts = (query: string) => queryWords(query).map((word) => word.text);
    expect(texts('что у третьего а девятнадцатого ноября')).toEqual([
      '3а',
      expect.stringMatching(/^(понедельник|вторник|среда|четверг|пятница|суббота|воскресенье)$/),
    ]);
    expect(texts('собрание 18.11')).toEqual(['собрание', '18', 'ноября']);
    expect(namesDate('расписание 4 А на 20 ноября')).toBe(true);
    expect(sectionsPreferredBy('расписание 4 А на 20 ноября')).toEqual(['timetable']);
    expect(sectionsPreferredBy('собрание 20 ноября')).toEqual([]);
  });
});
