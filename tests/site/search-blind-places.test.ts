/**
 * The blind search set (tests/browser/search-eval/blind-queries.ts) points at places that exist: every
 * expected page is in the built sample and every anchor is an id on it. Scoring the set is the browser
 * test's job; this only keeps a typo in the set from passing for a miss of the search.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { blindCases, isBlindAnswer } from '../browser/search-eval/blind-queries.ts';
import { missingPlaces } from '../browser/search-eval/site-places.ts';
import { generateSchool, writeSchool } from '../../scripts/bench/generate.ts';

describe('the blind search set', () => {
  test('every expected place exists in the built sample', () => {
    const cases = blindCases('content');
    expect(cases.length).toBeGreaterThanOrEqual(120);
    expect(missingPlaces(inject('sampleSite'), cases)).toEqual([]);
  });

  test('a typo in an expected page or anchor is reported', () => {
    const site = inject('sampleSite');
    const cases = [{ query: 'q', expected: ['contacts/#psiholgo', 'timetabel/5b/', 'plan/'] }];
    expect(missingPlaces(site, cases)).toEqual(['«q»: на странице нет места contacts/#psiholgo', '«q»: нет страницы timetabel/5b/']);
  });

  test('generated schools get questions of their own, each with a place', () => {
    const root = mkdtempSync(join(tmpdir(), 'blind-set-'));
    try {
      for (const seed of [1, 4]) {
        writeSchool(generateSchool({ seed, size: 'small' }), join(root, `school-${seed}`));
        const cases = blindCases(join(root, `school-${seed}`));
        expect(cases.length).toBeGreaterThanOrEqual(120);
        expect(cases.filter((c) => c.expected.length === 0)).toEqual([]);
        expect(new Set(cases.map((c) => c.query)).size).toBe(cases.length);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('a page stands for any place on it; an item only for itself', () => {
    expect(isBlindAnswer(['plan/'], 'plan/')).toBe(true);
    expect(isBlindAnswer(['plan/'], 'plan/#item-3')).toBe(true);
    expect(isBlindAnswer(['timetable/'], 'timetable/5b/')).toBe(false);
    expect(isBlindAnswer(['contacts/#psiholog'], 'contacts/#psiholog')).toBe(true);
    expect(isBlindAnswer(['contacts/#psiholog'], 'contacts/')).toBe(false);
    expect(isBlindAnswer(['contacts/#psiholog'], 'contacts/#socpedagog')).toBe(false);
  });
});
