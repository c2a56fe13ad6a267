/**
 * Excerpts (src/search/excerpt.ts) show only what a reader sees on the page, around the first word
 * that matches; the thesaurus (src/search/thesaurus.ts) adds words only where the concept is.
 */
import { describe, expect, test } from 'vitest';
import { excerptOf, excerptText, HIDDEN_WORDS_MARK, matchesQueryWord, visibleText } from '../../src/search/excerpt.ts';
import { thesaurusWords } from '../../src/search/thesaurus.ts';

const record = `Педагог-психолог школы. Гришина Ольга Владимировна. 8 (3843) 36‑43‑72 Часы работы: пн, ср, пт 09:00–13:00. ${HIDDEN_WORDS_MARK} 73843364372 364372 психолог телефон номер позвонить`;

describe('excerpts', () => {
  test('stop before the hidden words', () => {
    expect(visibleText(record)).not.toMatch(/364372|позвонить/);
    expect(excerptText(excerptOf(record, ['364372']))).not.toMatch(/73843364372|позвонить|⁂/);
  });

  test('mark the words that match, endings aside, and cut around the first one', () => {
    const long = `${'слово '.repeat(30)}Консультации психолога по средам ${'текст '.repeat(30)}`;
    const parts = excerptOf(long, ['психолог'], 10);
    expect(parts.filter((part) => part.marked).map((part) => part.text)).toEqual(['психолога']);
    expect(excerptText(parts)).toMatch(/^… .* …$/);
    expect(
      excerptText(parts)
        .split(' ')
        .filter((word) => word !== '…'),
    ).toHaveLength(10);
  });

  test('a hyphenated word is marked for its part', () => {
    expect(
      excerptOf('Педагог-психолог школы', ['психолога'])
        .filter((part) => part.marked)
        .map((part) => part.text),
    ).toEqual(['Педагог-психолог']);
  });

  test('from the start when only a hidden word matched', () => {
    expect(excerptText(excerptOf(record, ['позвонить'], 4))).toBe('Педагог-психолог школы. Гришина Ольга …');
  });

  test('words match as the index matches them', () => {
    expect(matchesQueryWord('психологом', 'психолога')).toBe(true);
    expect(matchesQueryWord('5Б', '5б')).toBe(true);
    expect(matchesQueryWord('Ребёнок', 'ребенок')).toBe(true);
    expect(matchesQueryWord('логопед', 'психолог')).toBe(false);
    expect(matchesQueryWord('Социальный', 'социального')).toBe(true);
    expect(matchesQueryWord('русский', 'русскому')).toBe(true);
    expect(matchesQueryWord('социолог', 'социального')).toBe(false);
  });
});

describe('thesaurus', () => {
  test('adds the words people use for a concept where the concept is', () => {
    expect(thesaurusWords('Требования к устройствам').join(' ')).toMatch(/условия/);
    expect(thesaurusWords('Требования к устройствам').join(' ')).toMatch(/компьютер/);
    expect(thesaurusWords('Собрание родителей 5А класса').join(' ')).toMatch(/встреча/);
    expect(thesaurusWords('Единый телефон по вопросам дистанционного обучения').join(' ')).toMatch(/горячая линия/);
    expect(thesaurusWords('Минимум 2 Мбит/с').join(' ')).toMatch(/интернет/);
    expect(thesaurusWords('Как впервые подключиться к «Сферуму»').join(' ')).toMatch(/первый раз/);
  });
  test('and nowhere else', () => {
    expect(thesaurusWords('Расписание 5А класса')).toEqual([]);
    expect(thesaurusWords('Учитель отвечает на сообщения')).toEqual([]);
  });
});
