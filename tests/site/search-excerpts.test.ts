/**
 * Every record of the built sample's index, read from Pagefind's own fragment files: what a result
 * excerpt can show is the visible text only — no alias or thesaurus word, whatever was searched — and
 * no words glued together from adjacent elements. Also the vocabulary for typo correction is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, inject, test } from 'vitest';
import { excerptOf, excerptText, HIDDEN_WORDS_MARK, visibleText } from '../../src/search/excerpt.ts';
import { parseVocabulary, VOCABULARY_PATH } from '../../src/search/vocabulary.ts';

const site = inject('sampleSite');

interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** Pagefind's fragments: gzip, a `pagefind_dcd` signature, then JSON. */
function fragments(): Fragment[] {
  const dir = join(site, 'pagefind', 'fragment');
  return readdirSync(dir).map((name) => {
    const text = gunzipSync(readFileSync(join(dir, name))).toString('utf8');
    return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
  });
}

/** A Cyrillic lower-case letter straight before a capital («ВладимировнаПедагог»), or digits straight before a word («2026PDF»); «macOS» is a word. */
const GLUED = /[а-яё][А-ЯЁ]|\d\p{L}{3,}/u;

describe('search excerpts', () => {
  const all = fragments();

  test('the index has records, each with its hidden words after the mark', () => {
    expect(all.length).toBeGreaterThan(50);
    const withHidden = all.filter((fragment) => fragment.content.includes(HIDDEN_WORDS_MARK));
    // Almost every record has some hidden word (a phone, a class, a thesaurus word, the section above it).
    expect(withHidden.length).toBeGreaterThan(all.length * 0.8);
  });

  test('no excerpt shows a hidden word, whatever was searched', () => {
    const leaks: string[] = [];
    for (const fragment of all) {
      const visibleWords = new Set(
        visibleText(fragment.content)
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u),
      );
      const hidden = fragment.content.split(HIDDEN_WORDS_MARK)[1] ?? '';
      const hiddenOnly = [...new Set(hidden.toLowerCase().split(/[^\p{L}\p{N}]+/u))].filter(
        (word) => word.length > 1 && !visibleWords.has(word),
      );
      for (const word of hiddenOnly) {
        const shown = excerptText(excerptOf(fragment.content, [word]))
          .toLowerCase()
          .split(/[^\p{L}\p{N}]+/u);
        if (shown.includes(word) || shown.includes(HIDDEN_WORDS_MARK)) leaks.push(`${fragment.url}: «${word}»`);
      }
    }
    expect(leaks).toEqual([]);
  });

  test('no glued words in any record the reader sees', () => {
    const glued = all.flatMap((fragment) =>
      visibleText(fragment.content)
        .split(' ')
        .filter((word) => GLUED.test(word))
        .map((word) => `${fragment.url}: «${word}»`),
    );
    expect(glued).toEqual([]);
  });

  test('a question-and-answer is its answer only: the link back to the list is not indexed; the list answers to «частые вопросы»', () => {
    const faqEntries = all.filter((fragment) => /\/faq\/#/.test(fragment.url));
    expect(faqEntries.length).toBeGreaterThan(2);
    for (const entry of faqEntries) expect(visibleText(entry.content), entry.url).not.toMatch(/К списку вопросов/);
    const faqPage = all.find((fragment) => fragment.url.endsWith('/faq/'));
    expect(faqPage?.content.split(HIDDEN_WORDS_MARK)[1]).toMatch(/частые вопросы/);
    // A list page's own record is the list: «все учителя списком».
    const staffPage = all.find((fragment) => fragment.url.endsWith('/staff/'));
    expect(staffPage?.content.split(HIDDEN_WORDS_MARK)[1]).toMatch(/список/);
  });

  test('a class timetable shows its class as the page writes it, its other spellings only hidden', () => {
    const timetables = all.filter((fragment) => /\/timetable\/[^/]+\/$/.test(fragment.url));
    expect(timetables.length).toBeGreaterThan(3);
    // «5 Б 5-Б 5б» stood in the shown text once, from a paragraph hidden from readers.
    const shownSpellings = timetables.filter((fragment) => /(?<!\d)\d{1,2}-[А-ЯЁ](?!\p{L})/u.test(visibleText(fragment.content)));
    expect(shownSpellings.map((fragment) => fragment.url)).toEqual([]);
  });

  test('the vocabulary for typo correction holds the words of the index, most frequent first', () => {
    const vocabulary = parseVocabulary(readFileSync(join(site, VOCABULARY_PATH), 'utf8'));
    expect(vocabulary.length).toBeGreaterThan(500);
    expect(vocabulary).toContain('психолог');
    expect(vocabulary).toContain('расписание');
    expect(vocabulary.every((word) => word.length >= 4 && word === word.toLowerCase())).toBe(true);
  });
});
