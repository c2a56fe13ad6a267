/**
 * The index's own words, written at build time for the search box's typo correction
 * (src/search/query/typos.ts). One word a line, most frequent first; downloaded only when a query has
 * a word that matches nothing.
 */
/** Where the vocabulary is published, relative to the site's base. */
export const VOCABULARY_PATH = 'search/vocabulary.txt';

/** Words worth correcting towards: four letters or more (shorter ones are nearly all one edit apart). */
const WORD = /\p{L}{4,}/gu;

export class VocabularyCounter {
  readonly #counts = new Map<string, number>();

  /** Counts the words of a record's text, hidden words included (they are searchable too). */
  add(recordText: string): void {
    for (const match of recordText.toLowerCase().matchAll(WORD)) this.#counts.set(match[0], (this.#counts.get(match[0]) ?? 0) + 1);
  }

  /** The file's text. */
  toString(): string {
    return [...this.#counts]
      .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
      .map(([word]) => word)
      .join('\n');
  }
}

export const parseVocabulary = (text: string): string[] => text.split('\n').filter(Boolean);
