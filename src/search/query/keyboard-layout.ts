/**
 * Text typed with the wrong keyboard layout: on a Russian keyboard left in English mode «расписание»
 * comes out as «hfcgbcfybt». Each key of the Latin layout is mapped back to the Cyrillic letter on it
 * (ЙЦУКЕН), including the punctuation keys that carry Cyrillic letters («,» is «б», «;» is «ж»).
 */
const LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const CYRILLIC = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const TO_CYRILLIC = new Map([...LATIN].map((key, i) => [key, CYRILLIC[i]!]));

/**
 * A token that only the wrong layout explains: Latin letters, possibly with the keys of б, ю, ж, э, х,
 * ъ, ё, and digits (a class typed so: «6f» for «6а»).
 */
export function looksLikeWrongLayout(token: string): boolean {
  return /[a-z]/i.test(token) && [...token.toLowerCase()].every((key) => TO_CYRILLIC.has(key) || /\d/.test(key));
}

/** «hfcgbcfybt» → «расписание»; characters without a Cyrillic letter stay as they are. */
export function toCyrillicLayout(token: string): string {
  return [...token.toLowerCase()].map((key) => TO_CYRILLIC.get(key) ?? key).join('');
}

/**
 * The query with every word that looks typed in the wrong layout read in the Russian one: what a
 * question asks for (src/search/query/intent.ts) is read from its words, «ntktajy irjks» is «телефон школы».
 */
export function inRussianLayout(query: string): string {
  return query
    .split(/(\s+)/)
    .map((token) => (looksLikeWrongLayout(token) ? toCyrillicLayout(token) : token))
    .join('');
}
