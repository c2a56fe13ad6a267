/**
 * What kind of place a question asks for, read from the words that are dropped as stop words: «кто
 * ведёт химию» asks for a person (a staff card or a contact), not a question-and-answer that mentions
 * «химия» in its title; «куда звонить», «телефон …» or a phone number alone ask for a contact. The kind only tips the balance
 * between records that match the query's words about equally (src/search/query/rank.ts).
 */

/** Sections of the site by the first part of their path. */
const PEOPLE = ['staff', 'contacts', 'coordinators'];
const CONTACTS = ['contacts'];

/** Question words and phrases, on whole words of the query, and the sections that answer them. */
const INTENTS: readonly [RegExp, readonly string[]][] = [
  [/(?<!\p{L})(кто|кого|кому|кем|к кому|у кого)(?!\p{L})/iu, PEOPLE],
  [/(?<!\p{L})(куда|кому) (звонить|позвонить|обращаться|обратиться|писать|написать)(?!\p{L})/iu, CONTACTS],
  // «с телефона», «на телефоне», «через телефон» name the device a pupil learns on, not a number to call.
  [/(?<!\p{L})(?<!(?:с|со|на|через|для|в) )(телефон\p{L}*|номер\p{L}*|позвонить|звонить|дозвониться)(?!\p{L})/iu, PEOPLE],
  // A phone number typed alone asks whose it is.
  [/^[\s\d()+-]*\d[\s\d()-]{4,}$/u, PEOPLE],
];

/** The sections a query asks for, most specific first; none when it does not say. */
export function sectionsAskedFor(query: string): readonly string[] {
  return INTENTS.find(([pattern]) => pattern.test(query))?.[1] ?? [];
}

/** The section of a record's address: `/contacts/#psiholog` → `contacts` (a base path before it is skipped). */
export function sectionOf(url: string, base = '/'): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return path.split(/[/#?]/)[0] ?? '';
}
