/**
 * Which form of a typed word the index holds, read against its vocabulary (written at build time):
 * whether it knows the word in some form, and the base a typed form should be searched by. The search
 * box asks only when a query's words are not all found together (src/search/query/find-records.ts).
 */

/**
 * Whether the index holds the word in some form, and how near: a vocabulary word that differs from it
 * only in the endings, up to three letters on either side (Russian endings), sharing at least four.
 * Both sides count: «абраова» shares «абра» with «абрамова», but «абрамова» then has four letters more,
 * so it is a typo to correct, not another form. Numbers and short words are left to Pagefind (0).
 * The result is how many of the typed word's last letters its nearest known form does not share: 0
 * for a word the index holds or a beginning of one, 1 for «расписанию» beside «расписание»; undefined
 * when the index holds no form of it. Two or three («директар» beside «директор», «ильиина» beside
 * «ильич») is as likely a typo as an ending.
 */
export function formGap(word: string, vocabulary: readonly string[]): number | undefined {
  if (word.length < 4 || /\d/.test(word)) return 0;
  const needed = Math.max(4, word.length - 3);
  let gap: number | undefined;
  for (const known of vocabulary) {
    if (!known.startsWith(word.slice(0, needed))) continue;
    let shared = needed;
    while (shared < word.length && shared < known.length && word[shared] === known[shared]) shared++;
    if (known.length - shared <= 3) gap = Math.min(gap ?? Infinity, word.length - shared);
    if (gap === 0) break;
  }
  return gap;
}

/**
 * The case endings a masculine noun or surname takes after its base («Антонов» → «Антонову»,
 * «Антоновым»). A feminine one («Абрамовой») is another person's form: «Абрамова», not «Абрамов».
 */
const MASCULINE_ENDINGS: ReadonlySet<string> = new Set(['а', 'у', 'е', 'ом', 'ым', 'ы']);

/**
 * The index's own word that the typed one is, with an ending of one or two letters more: «антонову» →
 * «антонов». Searched as typed, such a word can miss its own base: Pagefind's stemmer cuts «Антонов»
 * to «антон» but «антонову» to «антонов», which is no beginning of it (and matches «Антоновна»
 * instead). The base itself is stemmed as it was in the index, so it finds every record the typed
 * word would, and that one. Undefined when the typed word is itself in the index or has no such base.
 */
export function baseForm(word: string, vocabulary: readonly string[]): string | undefined {
  if (word.length < 6 || /\d/.test(word) || vocabulary.includes(word)) return undefined;
  let best: string | undefined;
  for (const known of vocabulary)
    if (
      known.length >= 5 &&
      word.startsWith(known) &&
      MASCULINE_ENDINGS.has(word.slice(known.length)) &&
      known.length > (best?.length ?? 0)
    )
      best = known;
  return best;
}
