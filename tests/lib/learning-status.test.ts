/** The «distance learning on» line the home page, the memo, the embed and the search-engine notice share. */
import { describe, expect, test } from 'vitest';
import { learningPeriod, learningStatus } from '../../src/lib/learning-status.ts';

describe('learningStatus', () => {
  test('while distance learning is on: the state and its period, the year written once', () => {
    expect(learningStatus({ active: true, from: '2026-12-01', to: '2026-12-12' })).toEqual({
      state: 'Идёт дистанционное обучение',
      period: 'с 1 декабря по 12 декабря 2026',
    });
  });
  test('otherwise only the state, with no period', () => {
    expect(learningStatus({ active: false, from: '2026-12-01', to: '2026-12-12' })).toEqual({
      state: 'Обучение проходит в обычном режиме',
    });
  });
  test('a period across the new year', () => {
    expect(learningPeriod({ from: '2026-12-28', to: '2027-01-09' })).toBe('с 28 декабря по 9 января 2027');
  });
});
