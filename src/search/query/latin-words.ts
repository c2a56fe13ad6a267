/**
 * Words typed in Latin letters that are no wrong keyboard layout: Russian in transliteration, as in
 * chats and on phones without a Russian keyboard («zvonki 1 smena», «kak zaiti v sferum»), and a few
 * English words for the site's concepts («hotline», «school psychologist»). The search box reads them
 * alongside the layout reading (src/search/query/understand.ts); the index's vocabulary decides which
 * reading is a word (src/search/query/read-word.ts).
 */

/** Latin letter groups and their Cyrillic letters, longest first (so «shch» before «sh» before «s»). */
const TRANSLITERATION: readonly [string, string][] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ts', 'ц'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['yu', 'ю'],
  ['ya', 'я'],
  ['yo', 'ё'],
  ['ye', 'е'],
  ['iu', 'ю'],
  ['ia', 'я'],
  // One letter for one: «y» is «ы» (a «й» after a vowel is corrected against the index, «zaiti» → «зайти»).
  ...'a:а b:б v:в g:г d:д e:е z:з i:и j:й k:к l:л m:м n:н o:о p:п r:р s:с t:т u:у f:ф h:х c:ц y:ы w:в x:кс q:к'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
];

/** «zvonki» → «звонки», «psiholog» → «психолог»; undefined for a word with anything but Latin letters. */
export function fromTransliteration(word: string): string | undefined {
  if (!/^[a-z]+$/i.test(word)) return undefined;
  let rest = word.toLowerCase();
  let cyrillic = '';
  while (rest) {
    const [latin, letter] = TRANSLITERATION.find(([group]) => rest.startsWith(group))!;
    cyrillic += letter;
    rest = rest.slice(latin.length);
  }
  return cyrillic;
}

/** English words for the site's concepts, and the word its pages use. */
export const ENGLISH_WORDS: ReadonlyMap<string, string> = new Map([
  ['hotline', 'горячая'],
  ['psychologist', 'психолог'],
  ['psychology', 'психолог'],
  ['teacher', 'учитель'],
  ['teachers', 'учитель'],
  ['schedule', 'расписание'],
  ['timetable', 'расписание'],
  ['bells', 'звонки'],
  ['homework', 'задание'],
  ['director', 'директор'],
  ['principal', 'директор'],
  ['headmaster', 'директор'],
  ['phone', 'телефон'],
  ['email', 'почта'],
  ['mail', 'почта'],
  ['join', 'войти'],
  ['login', 'войти'],
  ['lesson', 'урок'],
  ['lessons', 'урок'],
  ['laptop', 'ноутбук'],
  ['tablet', 'планшет'],
  ['computer', 'компьютер'],
  ['wifi', 'интернет'],
  ['requirements', 'требования'],
  ['meeting', 'собрание'],
  ['password', 'пароль'],
  ['camera', 'камера'],
  ['microphone', 'микрофон'],
  ['zoom', 'видеоурок'],
  ['math', 'математика'],
  ['maths', 'математика'],
  ['chemistry', 'химия'],
  ['physics', 'физика'],
  ['biology', 'биология'],
  ['history', 'история'],
  ['geography', 'география'],
  ['english', 'английский'],
  ['russian', 'русский'],
  ['literature', 'литература'],
]);

/** English words a question is made of but no page answers with. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  'how to from of the a an in on for is are my where when what do does can i with at school help please'.split(' '),
);
