/**
 * What the search box makes of a query before asking the index: class names and phones in the
 * index's compact forms, punctuation and question words dropped, and for a word that looks typed in
 * the wrong keyboard layout, its Cyrillic reading alongside.
 */
import { normalizeQuery } from '../aliases.ts';
import { looksLikeWrongLayout, toCyrillicLayout } from './keyboard-layout.ts';
import { QUERY_SYNONYMS, STOP_WORDS } from './stop-words.ts';

export interface QueryWord {
  /** The word as typed, lower case, without punctuation. */
  text: string;
  /** The same keys in the Russian layout, when the word looks typed with the wrong one. */
  otherLayout?: string;
}

/** Letters, digits and inner hyphens only: «время?» → «время», «план-график» stays. */
const bare = (token: string) => token.replace(/[^\p{L}\p{N}-]/gu, '').replace(/^-+|-+$/g, '');

export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const token of normalizeQuery(query).toLowerCase().split(/\s+/)) {
    if (looksLikeWrongLayout(token)) {
      const otherLayout = bare(toCyrillicLayout(token));
      // «j» for «о», «r» for «к»: a preposition typed in the wrong layout is dropped like any other.
      if (token.length <= 3 && STOP_WORDS.has(otherLayout)) continue;
      words.push({ text: bare(token), otherLayout });
    } else {
      const text = bare(token);
      if (text) words.push({ text: QUERY_SYNONYMS.get(text) ?? text });
    }
  }
  const meaningful = words.filter((word) => !STOP_WORDS.has(word.text) || word.otherLayout);
  // A query made only of such words («что где когда») is searched as typed rather than not at all.
  return meaningful.length > 0 ? meaningful : words;
}
