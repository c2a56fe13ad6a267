/** Names as timetable files write them: classes, teachers, days and weeks made comparable. */
import { describe, expect, test } from 'vitest';
import { TeacherIndex } from '../../src/import/match.ts';
import { classIdOf, nameKey, normalizeClassName, parseDay, parseWeek, staffIdOf } from '../../src/import/names.ts';

describe('class names', () => {
  test.each([
    ['5А', '5А', '5a'],
    ['5 а', '5А', '5a'],
    ['10 «Б»', '10Б', '10b'],
    ['"11-В"', '11В', '11v'],
    ['1A', '1A', '1a'],
    ['10b', '10B', '10b'],
    ['5А-1', '5А-1', '5a-1'],
    ['5А - 1', '5А-1', '5a-1'],
  ])('%s → %s (%s)', (raw, name, id) => {
    expect(normalizeClassName(raw)).toBe(name);
    expect(classIdOf(name)).toBe(id);
  });

  test.each(['Кружок робототехники', 'Поток 10–11', '12А', '', 'Учителя'])('%s is not a class', (raw) => {
    expect(normalizeClassName(raw)).toBeUndefined();
  });
});

describe('teacher names', () => {
  test('surname and initials however written', () => {
    for (const raw of ['Петров И.В.', 'ПЕТРОВ И. В.', 'Петров Игорь Васильевич', 'И.В. Петров', 'петров  и.в'])
      expect(nameKey(raw)).toEqual({ surname: 'петров', initials: 'ив' });
    expect(nameKey('Фёдоров Д.С.').surname).toBe('федоров');
    expect(staffIdOf('Сёмина Ольга Николаевна')).toBe('semina-o-n');
  });

  test('matched to staff by surname and initials; ambiguity and strangers are new people', () => {
    const index = new TeacherIndex([
      { id: 'petrov-i-v', name: 'Петров Игорь Васильевич' },
      { id: 'fedorov-d-s', name: 'Фёдоров Дмитрий Сергеевич' },
      { id: 'ivanova-m-p', name: 'Иванова Мария Петровна' },
      { id: 'ivanova-a-s', name: 'Иванова Анна Сергеевна' },
    ]);
    expect(index.find('Петров И.В.')).toBe('petrov-i-v');
    expect(index.find('Петров И.')).toBe('petrov-i-v');
    expect(index.find('Петров')).toBe('petrov-i-v');
    expect(index.find('Федоров Д. С.')).toBe('fedorov-d-s');
    expect(index.find('petrov-i-v')).toBe('petrov-i-v');
    expect(index.find('Иванова')).toBeUndefined(); // two Ивановы: no guess
    expect(index.find('Иванова А.С.')).toBe('ivanova-a-s');
    expect(index.find('Петров А.А.')).toBeUndefined();
    expect(index.resolve('Петров Алексей Андреевич')).toBe('petrov-a-a');
    expect(index.resolve('Петров А.А.')).toBe('petrov-a-a');
    expect(index.resolve('Петрова Анна Алексеевна')).toBe('petrova-a-a');
    expect(index.created.map((person) => person.id)).toEqual(['petrov-a-a', 'petrova-a-a']);
  });
});

describe('days and weeks', () => {
  test('weekdays in Russian and English, short and long, and FET’s days of two-week timetables', () => {
    expect(['Понедельник', 'пн', 'Пн.', 'Monday', 'mon', '1'].map((raw) => parseDay(raw)?.day)).toEqual([
      'mon',
      'mon',
      'mon',
      'mon',
      'mon',
      'mon',
    ]);
    expect(parseDay('Суббота')).toEqual({ day: 'sat' });
    expect(parseDay('А-Вторник')).toEqual({ day: 'tue', week: 'a' });
    expect(parseDay('Б - Среда')).toEqual({ day: 'wed', week: 'b' });
    expect(parseDay('Воскресенье')).toBeUndefined();
    expect(parseDay('завтра')).toBeUndefined();
  });

  test('weeks', () => {
    expect(['А', 'a', '1', 'Неделя А', 'нечётная'].map(parseWeek)).toEqual(['a', 'a', 'a', 'a', 'a']);
    expect(['Б', 'B', '2', 'чётная'].map(parseWeek)).toEqual(['b', 'b', 'b', 'b']);
    expect(parseWeek('')).toBe('every');
    expect(parseWeek('В')).toBeUndefined();
  });
});
