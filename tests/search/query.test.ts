/**
 * Query understanding (src/search/query/): stop words, the wrong keyboard layout, one-letter typos and
 * the fallback to partial matches — each piece alone, and findRecords against a small fake index that
 * behaves like Pagefind (a record is found only when it holds every word, by prefix).
 */
import { describe, expect, test } from 'vitest';
import { inRussianLayout, looksLikeWrongLayout, toCyrillicLayout } from '../../src/search/query/keyboard-layout.ts';
import { findRecords, type FoundRecord, type RecordData, type SearchIndex } from '../../src/search/query/find-records.ts';
import { titleIsQuery } from '../../src/search/query/rank.ts';
import { corrections, formCorrections, sameRoot, vowelCorrections, withinOneEdit } from '../../src/search/query/typos.ts';
import { rankByWordsMatched } from '../../src/search/query/rank.ts';
import { baseForm, formGap } from '../../src/search/query/word-forms.ts';
import { fromTransliteration } from '../../src/search/query/latin-words.ts';
import { queryWords, withoutFleetingVowel } from '../../src/search/query/understand.ts';

const texts = (query: string) => queryWords(query).map((word) => word.text);

describe('queryWords', () => {
  test('question words and stop words are dropped, meaning stays', () => {
    expect(texts('Какая скорость интернета нужна?')).toEqual(['скорость', 'интернета']);
    expect(texts('ничего не работает, что делать')).toEqual(['работает']);
    expect(texts('директор школы')).toEqual(['директор']);
    expect(texts('учительница английского')).toEqual(['учитель', 'английского']);
    expect(texts('телефон классной руководительницы 9а')).toEqual(['телефон', 'классной', 'руководитель', '9а']);
    expect(texts('нет звука')).toEqual(['нет', 'звука']);
    // «Звонить», «обращаться» say a contact is wanted (src/search/query/intent.ts), not which one.
    expect(texts('куда звонить по дистанционке')).toEqual(['дистанционке']);
    expect(texts('комп не включается куда обращаться')).toEqual(['компьютер', 'включается']);
    // Personal pronouns in any case say nothing of the page: «нас» would find «население».
    expect(texts('кто у нас директор')).toEqual(['директор']);
    expect(texts('напишите нам или ему')).toEqual(['напишите']);
    expect(texts('мне плохо не с кем поговорить')).toEqual(['плохо', 'поговорить']);
  });

  test('greetings, thanks and «до скольки» say nothing of the page', () => {
    expect(texts('Добрый день! Где расписание 5б?')).toEqual(['расписание', '5б']);
    expect(texts('здравствуйте, как связаться с Фёдоровой Л.Ю., спасибо')).toEqual(['связаться', 'фёдоровой', 'лю']);
    expect(texts('первая смена до скольки учится')).toEqual(['1смена']);
    // A day that is asked for stays.
    expect(texts('какой день собрание')).toEqual(['день', 'собрание']);
  });

  test('«не могу войти», «не пускает» ask to get back in; «электронка» is the e-mail', () => {
    expect(texts('не могу войти в сферум')).toEqual(['войти', 'восстановить', 'сферум']);
    expect(texts('бабушка не может зайти в сферум помогите')).toEqual(['войти', 'восстановить', 'сферум']);
    expect(texts('сферум не пускает')).toEqual(['сферум', 'войти', 'восстановить']);
    // Not being able to do something else, or to join a lesson, is no trouble with the account.
    expect(texts('не могу сдать домашку в сферуме')).toEqual(['сдать', 'домашку', 'сферуме']);
    expect(texts('внук не может войти на урок в сферуме')).toEqual(['войти', 'урок', 'сферуме']);
    expect(texts('электронка психолога')).toEqual(['почта', 'психолога']);
    // An e-mail address typed in full is its name part, in words; Android as the requirements write it.
    expect(texts('bogdanova.va@school101.example')).toEqual(['bogdanova', 'va']);
    expect(texts('андроид 8 пойдет?')).toEqual(['android', '8']);
  });

  test('«не на чем» is «нечем»: a device is lacking, though each of its words is a stop word', () => {
    expect(texts('не на чем учиться дома')).toEqual(['нечем', 'учиться', 'дома']);
    expect(texts('Не на чём заниматься')).toEqual(['нечем', 'заниматься']);
    expect(texts('не на что жаловаться')).toEqual(['жаловаться']);
  });

  test('everyday words become the words the pages use, whatever their ending', () => {
    expect(texts('какой нужен инет')).toEqual(['интернет']);
    expect(texts('скорость инета')).toEqual(['скорость', 'интернет']);
    expect(texts('училку по математике')).toEqual(['учитель', 'математике']);
    expect(texts('сисадмин')).toEqual(['техподдержка']);
    expect(texts('созвон с классом')).toEqual(['видеоурок', 'классом']);
    expect(texts('дз')).toEqual(['задание']);
    // A timetable's days as a reader shortens them, whole words only.
    expect(texts('2А пн')).toEqual(['2а', 'понедельник']);
    expect(texts('что в ср у 5б')).toEqual(['среда', '5б']);
    expect(texts('пнд')).toEqual(['пнд']);
    // A longer word that only begins like one is left alone.
    expect(texts('администратор')).toEqual(['администратор']);
    expect(texts('компьютер')).toEqual(['компьютер']);
  });

  test('question verbs are dropped: «кто преподаёт», «подойдёт ли»', () => {
    expect(texts('кто преподает русский язык')).toEqual(['русский', 'язык']);
    expect(texts('подойдет ли планшет для учебы')).toEqual(['планшет']);
    expect(texts('как моему ребенку попасть на урок')).toEqual(['попасть', 'урок']);
  });

  test('a noun whose vowel drops in other forms is searched by what they share', () => {
    expect(texts('когда звонок на урок')).toEqual(['звон', 'урок']);
    expect(withoutFleetingVowel('ребенок')).toBe('ребен');
    expect(withoutFleetingVowel('видеоурок')).toBe('видеоурок');
    expect(withoutFleetingVowel('урок')).toBe('урок');
    expect(withoutFleetingVowel('отец')).toBe('отец');
    // After «ёр» / «ер» the vowel is fleeting again: «планёрок» is «планёрка».
    expect(withoutFleetingVowel('планёрок')).toBe('планёр');
    expect(withoutFleetingVowel('планерок')).toBe('планер');
  });

  test('«Моя школа», the platform, is one word in any case form, not two stop words', () => {
    expect(texts('моя школа сайт')).toEqual(['мояшкола', 'сайт']);
    expect(texts('как войти в «Моя школа»')).toEqual(['войти', 'мояшкола']);
    expect(texts('задание в моей школе')).toEqual(['задание', 'мояшкола']);
    expect(texts('как зайти в мою школу')).toEqual(['зайти', 'мояшкола']);
    expect(texts('директор школы')).toEqual(['директор']);
    expect(texts('моя учительница')).toEqual(['учитель']);
  });

  test('Russian typed in Latin letters carries its Cyrillic reading; English words for the concepts are the pages’ words', () => {
    expect(queryWords('zvonki')[0]).toMatchObject({ text: 'zvonki', transliterated: 'звонки' });
    expect(fromTransliteration('psiholog')).toBe('психолог');
    expect(fromTransliteration('shkola')).toBe('школа');
    expect(fromTransliteration('raspisanie')).toBe('расписание');
    // A question word or a preposition in Latin letters is dropped: «kak», «v».
    expect(texts('kak zaiti v sferum')).toEqual(['zaiti', 'sferum']);
    expect(texts('teacher of chemistry')).toEqual(['учитель', 'химия']);
    expect(texts('school psychologist')).toEqual(['психолог']);
    // A class typed in the wrong layout is no transliteration.
    expect(queryWords('6f')[0]).toEqual({ text: '6f', otherLayout: '6а' });
  });

  test('a class in quotes, «кл» and «поменялось»', () => {
    expect(texts('2"А" технология в какие дни')).toEqual(['2а', 'технология', 'дни']);
    expect(texts('расписание 3«а» кл')).toEqual(['расписание', '3а']);
    expect(texts('поменялось расписание 5 А?')).toEqual(['изменения', 'расписание', '5а']);
    expect(texts('кто координирует дистанционное обучение')).toEqual(['координатор']);
  });

  test('«которому», «задать вопрос» and «захожу»', () => {
    expect(texts('номер по которому можно задать вопрос')).toEqual(['номер', 'вопрос']);
    expect(texts('первый раз захожу в сферум')).toEqual(['первый', 'раз', 'зайти', 'сферум']);
    expect(texts('сферум не грузится что делать')).toEqual(['сферум', 'открывается']);
  });

  test('a query of stop words only is kept as typed', () => {
    expect(texts('что где когда')).toEqual(['что', 'где', 'когда']);
  });

  test('the site’s own topic is dropped beside another word, kept alone', () => {
    expect(texts('какой планшет подойдет для дистанционного обучения')).toEqual(['планшет']);
    expect(texts('приказ о переходе на удалёнку')).toEqual(['приказ', 'переходе']);
    expect(texts('дистанционное обучение')).toEqual(['дистанционное', 'обучение']);
  });

  test('class names and phones in the compact forms of the index', () => {
    expect(texts('расписание 5 Б')).toEqual(['расписание', '5б']);
    expect(texts('36-43-66')).toEqual(['364366']);
  });

  test('a word that looks typed in the wrong layout carries its Cyrillic reading; a wrong-layout preposition is dropped', () => {
    expect(queryWords('hfcgbcfybt pdjyrjd').map(({ text, otherLayout }) => ({ text, otherLayout }))).toEqual([
      { text: 'hfcgbcfybt', otherLayout: 'расписание' },
      { text: 'pdjyrjd', otherLayout: 'звонков' },
    ]);
    expect(queryWords('ghbrfp j lbcnfywbjyrt').map((word) => word.otherLayout)).toEqual(['приказ', 'дистанционке']);
    // The keys of «б» and «ж» are punctuation in the Latin layout: they must survive.
    expect(queryWords('nht,jdfybz').map((word) => word.otherLayout)).toEqual(['требования']);
  });
});

describe('keyboard layout', () => {
  test('converts every key of the ЙЦУКЕН layout', () => {
    expect(toCyrillicLayout('gcb[jkju')).toBe('психолог');
    expect(toCyrillicLayout("`;'.,")).toBe('ёжэюб');
  });
  test('a class typed in the wrong layout is read with its digits', () => {
    expect(looksLikeWrongLayout('6f')).toBe(true);
    expect(toCyrillicLayout('6f')).toBe('6а');
    expect(looksLikeWrongLayout('364370')).toBe(false);
  });

  test('a query is read in the Russian layout word by word, for what it asks', () => {
    expect(inRussianLayout('ntktajy irjks')).toBe('телефон школы');
    expect(inRussianLayout('телефон irjks')).toBe('телефон школы');
  });

  test('recognises only Latin-layout tokens', () => {
    expect(looksLikeWrongLayout('hfcgbcfybt')).toBe(true);
    expect(looksLikeWrongLayout('расписание')).toBe(false);
    expect(looksLikeWrongLayout('5б')).toBe(false);
    expect(looksLikeWrongLayout('it@school.ru')).toBe(false);
  });
});

describe('typos', () => {
  test('one missing, extra, wrong or swapped letter', () => {
    expect(withinOneEdit('псхолог', 'психолог')).toBe(true);
    expect(withinOneEdit('психологг', 'психолог')).toBe(true);
    expect(withinOneEdit('расписанее', 'расписание')).toBe(true);
    expect(withinOneEdit('рапсисание', 'расписание')).toBe(true);
    expect(withinOneEdit('рсписанее', 'расписание')).toBe(false);
    expect(withinOneEdit('психолог', 'логопед')).toBe(false);
  });
  test('corrections come from the vocabulary, most frequent first; short words are left alone', () => {
    const vocabulary = ['расписание', 'психолог', 'психологи', 'линия'];
    expect(corrections('псхолог', vocabulary)).toEqual(['психолог']);
    expect(corrections('психолги', vocabulary)).toEqual(['психологи']);
    expect(corrections('линя', vocabulary)).toEqual(['линия']);
    expect(corrections('дом', ['дым'])).toEqual([]);
  });
  test('a typo in a surname typed with a case ending is corrected by its stem', () => {
    const vocabulary = ['сидорова', 'степанова', 'антонов', 'расписание'];
    expect(corrections('сдиоровой', vocabulary)).toEqual([]);
    expect(formCorrections('сдиоровой', vocabulary)).toEqual(['сидорова']);
    expect(formCorrections('сетпановой', vocabulary)).toEqual(['степанова']);
    expect(formCorrections('антнову', vocabulary)).toEqual(['антонов']);
    // Short stems are left alone, and a word without a case ending is not this rule's.
    expect(formCorrections('лиой', ['лира'])).toEqual([]);
    expect(formCorrections('псхолог', ['психолог'])).toEqual([]);
  });
  test('vowels written by ear are corrected, more than one of them; other letters are not', () => {
    const vocabulary = ['директор', 'расписание', 'дирекция', 'кабинет'];
    expect(corrections('дериктор', vocabulary)).toEqual([]);
    expect(vowelCorrections('дериктор', vocabulary)).toEqual(['директор']);
    expect(vowelCorrections('роспесание', vocabulary)).toEqual(['расписание']);
    expect(vowelCorrections('кобинет', vocabulary)).toEqual(['кабинет']);
    // A consonant, a length or a short word is not a vowel heard.
    expect(vowelCorrections('дирестор', vocabulary)).toEqual([]);
    expect(vowelCorrections('дирикция', vocabulary)).toEqual(['дирекция']);
    expect(vowelCorrections('кот', ['кат'])).toEqual([]);
  });
});

interface FakeData extends RecordData {
  id: string;
}

/**
 * A fake index that behaves like Pagefind: a query finds the records holding every word as a word
 * beginning; and, like Pagefind, a word that begins no word of the index is matched by its first two
 * letters, so a typo still «finds» something unrelated.
 */
function fakeIndex(records: Record<string, string>): SearchIndex<FakeData> {
  const all = Object.values(records).flatMap((text) => text.split(' '));
  const lenient = (word: string) => (all.some((known) => known.startsWith(word)) ? word : word.slice(0, 2));
  return {
    async search(query) {
      const words = (query ?? '').split(' ').filter(Boolean).map(lenient);
      const results: FoundRecord<FakeData>[] = Object.entries(records)
        .filter(([, text]) => words.every((word) => text.split(' ').some((known) => known.startsWith(word))))
        .map(([id, text]) => ({ id, score: 1 / text.split(' ').length, data: async () => ({ id, content: text }) }));
      return { results };
    },
  };
}

/** A record of `placedIndex`: its text, address, Pagefind score (1 by default) and `section` filter. */
interface PlacedRecord {
  content: string;
  url: string;
  score?: number;
  section?: string;
  /** The record's title and the hidden words that stand for it, when the test is about titles. */
  title?: string;
  names?: string;
}

/**
 * A fake index over records with addresses: a word, in lower case, matches by its first `letters`
 * letters (all of it by default), a `section` filter keeps that section's records, and the best-scored
 * come first, as Pagefind gives them.
 */
function placedIndex(records: Record<string, PlacedRecord>, letters = Infinity): SearchIndex<FakeData> {
  return {
    async search(query, options) {
      const section = options?.filters?.['section'];
      const words = (query ?? '').toLowerCase().split(' ').filter(Boolean);
      return {
        results: Object.entries(records)
          .filter(
            ([, entry]) => (!section || entry.section === section) && words.every((word) => entry.content.includes(word.slice(0, letters))),
          )
          .map(([id, { content, url, score = 1, title, names = '' }]) => ({
            id,
            score,
            data: async () => ({ id, url, content, ...(title === undefined ? {} : { meta: { title, title_words: names } }) }),
          }))
          .sort((a, b) => b.score - a.score),
      };
    },
  };
}

/** The first record `findRecords` shows for a query, over `placedIndex(records, letters)`, told the sections' filters. */
const firstOf =
  (records: Record<string, PlacedRecord>, letters = Infinity, sections: Record<string, string> = {}) =>
  async (query: string) =>
    (await findRecords(placedIndex(records, letters), query, {}, async () => [], 8, '/', sections)).shown[0]?.id;

describe('findRecords', () => {
  const records = {
    requirements: 'требования компьютер память интернет мбит',
    internet: 'интернет скорость мбит',
    bells: 'расписание звонков перемена',
    timetable: 'расписание уроков 5б',
    psychologist: 'психолог телефон',
    pseudonym: 'псевдоним автора',
  };
  const vocabulary = Object.values(records).flatMap((text) => text.split(' '));
  const ids = async (query: string) =>
    (await findRecords(fakeIndex(records), query, {}, async () => vocabulary)).shown.map((data) => data.id);

  test('all words match: those records first, then the records holding the most of the words', async () => {
    expect(await ids('расписание 5б')).toEqual(['timetable', 'bells']);
    // Enough records holding every word leave no room for the others.
    const many = Object.fromEntries(Array.from({ length: 9 }, (_, i) => [`t${i}`, `расписание уроков ${i}`]));
    const shown = (await findRecords(fakeIndex({ ...many, bells: 'расписание звонков' }), 'расписание уроков', {}, async () => [])).shown;
    expect(shown.map((data) => data.id)).not.toContain('bells');
  });

  test('no record has every word: the records with the most words come first', async () => {
    expect(await ids('минимальные требования к компьютеру')).toEqual(['requirements']);
    expect((await ids('скорость интернета для видеоурока'))[0]).toBe('internet');
  });

  test('the wrong layout is read in the Russian one', async () => {
    expect(await ids('hfcgbcfybt pdjyrjd')).toEqual(['bells', 'timetable']);
  });

  test('Russian typed in Latin letters is read in Cyrillic when the index knows that reading', async () => {
    expect(await ids('raspisanie zvonkov')).toEqual(['bells', 'timetable']);
    expect(await ids('psiholog')).toEqual(['psychologist']);
  });

  test('a one-letter typo is corrected against the vocabulary, which is fetched only when needed', async () => {
    let fetched = 0;
    const counted = async () => {
      fetched++;
      return vocabulary;
    };
    // Pagefind-like leniency finds «псевдоним» for «псхолог»; the check sees the word is not in it.
    const typed = await findRecords(fakeIndex(records), 'псхолог', {}, counted);
    expect(typed.shown.map((data) => data.id)).toEqual(['psychologist']);
    expect(typed.words).toEqual(['психолог']);
    expect(fetched).toBe(1);
    await findRecords(fakeIndex(records), 'психолог', {}, counted);
    expect(fetched).toBe(1);
  });

  test('a query that matches nothing at all is offered the records of the site’s mission, said to be suggestions', async () => {
    const found = await findRecords(fakeIndex(records), 'абырвалг', {}, async () => vocabulary);
    expect(found.suggested).toBe(true);
    // This index has no hotline: the psychologist, the next concept of the mission, comes first.
    expect(found.shown.map((data) => data.id).slice(0, 2)).toEqual(['psychologist', 'bells']);
    expect(found.words).toEqual([]);
    // A query that finds something is never marked so.
    expect((await findRecords(fakeIndex(records), 'психолог', {}, async () => vocabulary)).suggested).toBeUndefined();
  });

  test('a word the index lacks, answered by Pagefind through a shorter beginning, gives suggestions, not those records', async () => {
    const orchard = { apricot: 'абрикос сад', hotline: 'горячая линия' };
    const words = ['абрикос', 'сад', 'горячая', 'линия'];
    // The fake index, like Pagefind, answers «абырвалг» by its first letters: «аб» finds the apricot.
    const found = await findRecords(fakeIndex(orchard), 'абырвалг', {}, async () => words);
    expect(found.suggested).toBe(true);
    expect(found.shown.map((data) => data.id)).toEqual(['hotline']);
    // Without a vocabulary (it failed to load) Pagefind's answer is all there is.
    expect((await findRecords(fakeIndex(orchard), 'абырвалг', {}, async () => [])).shown.map((data) => data.id)).toEqual(['apricot']);
  });

  test('when the words beside the site’s topic find nothing, the topic is searched too, before any suggestion', async () => {
    const school = { hotline: 'горячая линия дистанционка', bells: 'расписание звонков' };
    const words = Object.values(school).flatMap((text) => text.split(' '));
    const found = await findRecords(fakeIndex(school), 'куда звонить по дистанционке если ничего не понятно', {}, async () => words);
    expect(found.suggested).toBeUndefined();
    expect(found.shown.map((data) => data.id)).toEqual(['hotline']);
  });

  test('an empty query gives nothing, not suggestions', async () => {
    expect(await ids('  ')).toEqual([]);
  });

  test('a query whose words the index does not know in any form finds the records of words with the same root', async () => {
    const withWorry = { ...records, help: 'психолог беспокойство страх' };
    const words = Object.values(withWorry).flatMap((text) => text.split(' '));
    const found = await findRecords(fakeIndex(withWorry), 'беспокоится', {}, async () => words);
    expect(found.shown.map((data) => data.id)).toEqual(['help']);
    expect(found.words).toEqual(['беспокойство']);
  });

  test('a root is five letters of a longer word, never a short word or a number', () => {
    expect(sameRoot('беспокоится', ['психолог', 'беспокойство', 'бесплатно'])).toEqual(['беспокойство']);
    expect(sameRoot('беспо', ['беспокойство'])).toEqual([]);
    expect(sameRoot('123456', ['1234567'])).toEqual([]);
  });

  test('a typed word that is an index word with a longer ending is searched as that word', () => {
    expect(baseForm('антонову', ['антонов', 'антоновна'])).toBe('антонов');
    expect(baseForm('сферуму', ['сфер', 'сферум'])).toBe('сферум');
    // In the index as typed, or no base: nothing to change.
    expect(baseForm('антонову', ['антонову', 'антонов'])).toBeUndefined();
    expect(baseForm('учителю', ['учитель'])).toBeUndefined();
    expect(baseForm('психологического', ['психолог'])).toBeUndefined();
    // A feminine form is not the masculine base's: «абрамовой» is Абрамова's.
    expect(baseForm('абрамовой', ['абрамов', 'абрамова'])).toBeUndefined();
  });

  test('a word is known when the vocabulary holds it with another ending, by how many last letters differ', () => {
    expect(formGap('интернета', ['интернет'])).toBe(1);
    expect(formGap('психолога', ['психологом'])).toBe(1);
    expect(formGap('учителю', ['учитель'])).toBe(1);
    expect(formGap('сферум', ['сферуме', 'сферум'])).toBe(0);
    expect(formGap('анрдеева', ['андреева'])).toBeUndefined();
    // Sharing the first four letters is not enough when the rest differs by more than an ending.
    expect(formGap('абраова', ['абрамова'])).toBeUndefined();
    expect(formGap('5б', [])).toBe(0);
    // Two letters apart: an ending, or a typo — a one-letter correction is weighed against it.
    expect(formGap('директар', ['директор'])).toBe(2);
  });

  test('a typo two or three letters from a known form is corrected rather than searched as that form: «ильиина» is «ильина»', async () => {
    // «ильиина» shares «ильи» with «ильич» and differs by an ending's length — and is one letter from «ильина».
    const namesakes = { staff: 'ильина почта', faq: 'ильич' };
    const found = await findRecords(fakeIndex(namesakes), 'ильиина', {}, async () => ['ильич', 'ильина']);
    expect(found.words).toEqual(['ильина']);
    expect(found.shown.map((data) => data.id)).toEqual(['staff']);
  });

  test('a correction is never a question word: «кекое» is not read as «какое», which would have been dropped', async () => {
    const withQuestionWord = { ...records, faq: 'какое расписание' };
    const found = await findRecords(fakeIndex(withQuestionWord), 'кекое расписание', {}, async () => ['какое', 'расписание']);
    expect(found.words).toEqual(['расписание']);
  });

  test('a class typed in the wrong layout («6f») is read as the class', async () => {
    const found = await findRecords(fakeIndex({ ...records, sixth: 'расписание уроков 6а' }), 'hfcgbcfybt 6f', {}, async () => vocabulary);
    expect(found.words).toEqual(['расписание', '6а']);
    expect(found.shown.map((data) => data.id)[0]).toBe('sixth');
  });

  test("a record whose title is the query is the entity's own", () => {
    expect(titleIsQuery('План-график', ['план', 'мероприятий'], 'план график мероприятий')).toBe(true);
    expect(titleIsQuery('План-график', ['план', 'мероприятий'])).toBe(false);
    expect(titleIsQuery('Об утверждении плана-графика мероприятий по организации обучения', ['план', 'мероприятий'])).toBe(false);
    expect(titleIsQuery('Расписание 1А класса', ['1а', 'класс'])).toBe(true);
    expect(titleIsQuery('Собрание родителей 1А класса', ['1а', 'класс'])).toBe(false);
    expect(titleIsQuery('Сферум', ['зайти', 'сферум'])).toBe(false);
  });

  test('among records holding the same words, the one whose title holds more of them comes first', async () => {
    const titled: Record<string, { content: string; title: string }> = {
      faq: { content: 'кому писать если непонятна тема русский язык учителю', title: 'Кому писать, если непонятна тема' },
      teacher: { content: 'петрова анна учитель русского языка', title: 'Петрова Анна' },
    };
    const index: SearchIndex<FakeData> = {
      async search() {
        return {
          results: Object.entries(titled).map(([id, { content, title }]) => ({
            id,
            score: 1,
            data: async () => ({ id, content, meta: { title, title_words: id === 'teacher' ? 'учитель русского языка' : '' } }),
          })),
        };
      },
    };
    const found = await findRecords(index, 'русский язык', {}, async () => []);
    expect(found.shown.map((data) => data.id)).toEqual(['teacher', 'faq']);
  });

  test('«телефон» asking for a number does not make the device card «Телефон» the subject', async () => {
    const titled: Record<string, { content: string; title: string; url: string }> = {
      device: { content: 'телефон единый экран android', title: 'Телефон', url: '/requirements/#device-phone' },
      hotline: { content: 'единый телефон по вопросам обучения', title: 'Единый телефон по вопросам обучения', url: '/contacts/#hotline' },
    };
    const index: SearchIndex<FakeData> = {
      async search() {
        return {
          results: Object.entries(titled).map(([id, { content, title, url }]) => ({
            id,
            score: 1,
            data: async () => ({ id, url, content, meta: { title } }),
          })),
        };
      },
    };
    const found = await findRecords(index, 'единый телефон', {}, async () => []);
    expect(found.shown.map((data) => data.id)).toEqual(['hotline', 'device']);
  });

  test('«телефон» asking for a number does not put a card with a phone above the person asked for', async () => {
    // The class teacher of 9А gives no phone; another teacher of 9А does.
    const staff: Record<string, { content: string; title: string }> = {
      other: { content: 'власова учитель обж 9а классный руководитель 8а телефон', title: 'Власова' },
      teacher: { content: 'волкова учитель физкультуры 9а классный руководитель 9а почта', title: 'Волкова' },
    };
    const index: SearchIndex<FakeData> = {
      async search(query) {
        const words = (query ?? '').split(' ').filter(Boolean);
        return {
          results: Object.entries(staff)
            .filter(([, { content }]) => words.every((word) => content.split(' ').some((known) => known.startsWith(word))))
            .map(([id, { content, title }]) => ({
              id,
              score: id === 'other' ? 2 : 1,
              data: async () => ({
                id,
                url: `/staff/#${id}`,
                content,
                meta: { title, title_words: id === 'teacher' ? '9а классный руководитель' : '8а' },
              }),
            })),
        };
      },
    };
    const found = await findRecords(index, 'телефон классный руководитель 9а', {}, async () =>
      Object.values(staff).flatMap(({ content }) => content.split(' ')),
    );
    expect(found.shown.map((data) => data.id)[0]).toBe('teacher');
  });

  test('when none of the first records is of the kind the question asks for, the best of that kind goes first', async () => {
    // More staff cards than the ranking looks at, each scored above the schedule by the index.
    const sectioned: Record<string, { content: string; url: string; section: string }> = Object.fromEntries(
      Array.from({ length: 40 }, (_, i) => [
        `teacher-${i}`,
        { content: `учителю предмета ${i}`, url: `/staff/#t${i}`, section: 'Учителя' },
      ]),
    );
    const titles: Record<string, string> = {};
    sectioned['talks'] = {
      content: 'вопросы учителю в чате класса по будням до 18:00',
      url: '/communication/#communication-1',
      section: 'График связи',
    };
    const index: SearchIndex<FakeData> = {
      async search(query, options) {
        const words = (query ?? '').split(' ').filter(Boolean);
        const section = options?.filters?.['section'];
        return {
          results: Object.entries(sectioned)
            .filter(([, entry]) => (!section || entry.section === section) && words.every((word) => entry.content.includes(word)))
            .map(([id, { content, url }]) => ({
              id,
              score: id === 'faq' ? 1 : 1 / content.split(' ').length,
              data: async () => ({ id, url, content, meta: { title: titles[id] ?? '' } }),
            }))
            // Pagefind gives the best-scored first.
            .sort((a, b) => b.score - a.score),
        };
      },
    };
    const sections = { communication: 'График связи', staff: 'Учителя' };
    const ask = async (query: string, filters: Record<string, string> = sections) =>
      (await findRecords(index, query, {}, async () => [], 8, '/', filters)).shown.map((data) => data.id);
    // Found alone, the staff cards fill the list: the communication schedule is not shown.
    expect(await ask('когда звонить учителю', {})).not.toContain('talks');
    const asked = await ask('когда звонить учителю');
    expect(asked[0]).toBe('talks');
    expect(asked).toHaveLength(8);
    // A question that asks for no kind keeps the index's order.
    expect(await ask('учителю')).not.toContain('talks');
    // A first record whose title is the question stays first.
    sectioned['faq'] = { content: 'когда звонить учителю лучше писать в чат', url: '/faq/#vopros-1', section: 'Вопросы' };
    titles['faq'] = 'Когда звонить учителю?';
    expect((await ask('когда звонить учителю'))[0]).toBe('faq');
  });

  test('a record of the kind asked for that holds only the number word does not go first', async () => {
    const records: Record<string, PlacedRecord> = {
      memo: { content: 'памятка распечатать телефоны школы', url: '/memo/', section: 'Памятка' },
      teacher: { content: 'учитель химии телефон', url: '/staff/#t1', section: 'Учителя' },
      psychologist: { content: 'психолог телефон', url: '/contacts/#psiholog', section: 'Контакты' },
    };
    const first = firstOf(records, 6, { staff: 'Учителя', contacts: 'Контакты' });
    expect(await first('памятка распечатать телефоны')).toBe('memo');
    expect(await first('телефон психолога')).toBe('psychologist');
  });

  test('«телефон школы» puts the school’s own card first, found by its filter', async () => {
    const cards: Record<string, { content: string; url: string; own?: boolean }> = {
      hotline: { content: 'горячая линия школы телефон', url: '/contacts/#hotline' },
      device: { content: 'телефон экран android', url: '/requirements/#device-phone' },
      school: { content: 'мбоу сош 47 адрес телефон почта', url: '/contacts/#school-reception', own: true },
    };
    const asked: (string | null)[] = [];
    const index: SearchIndex<FakeData> = {
      async search(query, options) {
        asked.push(query);
        const own = options?.filters?.['own'] === 'school';
        return {
          results: Object.entries(cards)
            .filter(([, card]) => (own ? card.own : (query ?? '').split(' ').every((word) => card.content.includes(word))))
            .map(([id, { content, url }]) => ({ id, score: 1, data: async () => ({ id, url, content }) })),
        };
      },
    };
    const ids = async (query: string) => (await findRecords(index, query, {}, async () => [])).shown.map((data) => data.id);
    expect((await ids('телефон школы'))[0]).toBe('school');
    expect((await ids('электронная почта школы'))[0]).toBe('school');
    expect(asked).toContain(null);
    // Another subject beside «школа» is not the school itself.
    expect((await ids('телефон горячей линии школы'))[0]).toBe('hotline');
  });

  test('«кто …» puts the person before the page that lists them', async () => {
    const records: Record<string, PlacedRecord> = {
      page: { content: 'координаторы школы и управления образования', url: '/coordinators/', score: 2 },
      municipal: { content: 'координатор управления образования', url: '/coordinators/#coordinator-3', score: 1 },
    };
    const first = firstOf(records, 6, { coordinators: 'Координаторы' });
    expect(await first('координатор управления образования')).toBe('page');
    expect(await first('кто координатор в управлении образования')).toBe('municipal');
  });

  test('a question about the plan puts its measure first among the first results, not another record of that day', async () => {
    const records: Record<string, PlacedRecord> = {
      answer: { content: 'по плану 17 ноября', url: '/faq/#vopros-1', score: 2, section: 'Вопросы и ответы' },
      measure: {
        content: 'план мероприятий проверить задания и оценки до 17 ноября ответственный заместитель директора',
        url: '/plan/#item-3',
        score: 1,
        section: 'План-график',
      },
    };
    const first = firstOf(records, 4, { plan: 'План-график' });
    expect(await first('плану ноября')).toBe('answer');
    expect(await first('что по плану 17 ноября')).toBe('measure');
  });

  test('one measure asked for by its number, deadline or topic goes before the plan’s page; the plan as a whole does not', async () => {
    const records: Record<string, PlacedRecord> = {
      page: { content: 'план-график мероприятий 4 питание 3 декабря срок', url: '/plan/', score: 3, section: 'План-график' },
      order: { content: 'приказ об утверждении плана-графика мероприятий 4', url: '/documents/#plan', score: 2, section: 'Документы' },
      measure: { content: '4. мероприятие питание план-график срок 3 декабря', url: '/plan/#item-4', score: 1, section: 'План-график' },
    };
    const first = firstOf(records, 4, { plan: 'План-график' });
    expect(await first('мероприятие 4 план график')).toBe('measure');
    expect(await first('план мероприятия срок 3 декабря')).toBe('measure');
    expect(await first('питание план')).toBe('measure');
    expect(await first('что по плану')).toBe('page');
    expect(await first('план-график мероприятий')).toBe('page');
  });

  test('one measure asked for is looked for among the measures when none is among the first results', async () => {
    // The plan’s page names the plan (its title and the words that stand for it), answers named by the
    // food come next, and the measure about food, whose title says little, is below them.
    const records: Record<string, PlacedRecord> = Object.fromEntries([
      [
        'page',
        {
          content: 'план-график мероприятий питание устройства',
          url: '/plan/',
          score: 9,
          section: 'План-график',
          title: 'План-график',
          names: 'план график мероприятий',
        },
      ],
      ...Array.from({ length: 4 }, (_, i) => [
        `notice-${i}`,
        {
          content: `план мероприятий питание ${i}`,
          url: `/faq/#q${i}`,
          score: 5,
          section: 'Вопросы и ответы',
          title: `План мероприятий: питание ${i}`,
        },
      ]),
      [
        'measure',
        {
          content: 'организовать питание льготников план-график мероприятий',
          url: '/plan/#item-6',
          score: 1,
          section: 'План-график',
          title: '6. Организовать',
        },
      ],
    ]);
    const first = firstOf(records, 4, { plan: 'План-график' });
    expect(await first('план мероприятий по питанию')).toBe('measure');
    expect(await first('план-график мероприятий')).toBe('page');
  });

  test('the communication schedule among the first records goes first for «во сколько приём у директора»', async () => {
    const records: Record<string, PlacedRecord> = {
      office: { content: 'приёмная директора телефон', url: '/contacts/#priemnaya', score: 2, section: 'Контакты' },
      reception: {
        content: 'приём директора по телефону вторник 15:00',
        url: '/communication/#communication-3',
        score: 1,
        section: 'График связи',
      },
    };
    const first = firstOf(records, 4, { communication: 'График связи', contacts: 'Контакты' });
    expect(await first('приём директора')).toBe('office');
    expect(await first('приём у директора во сколько')).toBe('reception');
  });

  test('«написать …» that no record holds beside a name is dropped; beside what a guide names, it stays', async () => {
    const records = {
      guide: 'как написать учителю в сферум',
      antonova: 'антонова анна павловна учитель английского',
      // Her name stands on the timetables of her classes too, so the name is the commoner word.
      timetable5a: 'расписание 5а английский антонова',
      timetable6a: 'расписание 6а английский антонова',
      timetable7a: 'расписание 7а английский антонова',
    };
    const ids = async (query: string) => (await findRecords(fakeIndex(records), query, {}, async () => [])).shown.map((data) => data.id);
    expect((await ids('написать антонова'))[0]).toBe('antonova');
    expect((await ids('как написать учителю в сферуме'))[0]).toBe('guide');
  });

  test('a whole list asked for puts the section’s page first when it holds every word', async () => {
    const records: Record<string, PlacedRecord> = {
      guide: { content: 'выберите учителя из списка и напишите', url: '/guides/napisat/', score: 3 },
      staff: { content: 'учителя и сотрудники список перечень', url: '/staff/', score: 1 },
      timetable: { content: 'расписание 5а учителя', url: '/timetable/5a/', score: 2 },
    };
    const index = placedIndex(records, 4);
    const first = async (query: string) => (await findRecords(index, query, {}, async () => [])).shown[0]?.id;
    expect(await first('учителя списком')).toBe('guide');
    expect(await first('все учителя школы списком')).toBe('staff');
    // Not a page that lacks a word: the teachers of a class are on its timetable.
    expect(await first('все учителя 5а')).toBe('timetable');
  });

  test('the list’s name and one item’s put the item before the list’s page', async () => {
    // The page's own words name the devices it lists, so it names the whole query too.
    const records: Record<string, PlacedRecord> = {
      page: {
        content: 'требования к устройствам планшет компьютер',
        url: '/requirements/',
        score: 3,
        title: 'Требования к устройствам',
        names: 'планшет компьютер',
      },
      tablet: { content: 'планшет требования экран android', url: '/requirements/#device-tablet', score: 1, title: 'Планшет' },
      guide: { content: 'требования планшет сферум', url: '/guides/sferum/', score: 2, title: 'Как войти в сферум' },
    };
    const first = firstOf(records, 6);
    expect(await first('требования к планшету')).toBe('tablet');
    // The list's name alone, or the whole list, is the page.
    expect(await first('требования к устройствам')).toBe('page');
    expect(await first('все требования планшет компьютер')).toBe('page');
  });

  test('«все телефоны школы» puts the contacts page first, found by its section and heading', async () => {
    const records: Record<string, PlacedRecord> = {
      device: { content: 'телефоны экран android', url: '/requirements/#device-phone', section: 'Требования' },
      helpline: { content: 'детский телефон доверия телефоны', url: '/contacts/#helpline', section: 'Контакты' },
      page: { content: 'контакты телефоны и почта школы', url: '/contacts/', section: 'Контакты' },
    };
    const index = placedIndex(records);
    const first = async (query: string, sections: Record<string, string> = { contacts: 'Контакты' }) =>
      (await findRecords(index, query, {}, async () => [], 8, '/', sections)).shown[0]?.id;
    expect(await first('все телефоны школы')).toBe('page');
    expect(await first('список номеров')).toBe('page');
    // One number is not the list.
    expect(await first('телефон доверия')).toBe('helpline');
  });

  test('partial ranking: words matched, then score', () => {
    const record = (id: string, score: number): FoundRecord<string> => ({ id, score, data: async () => id });
    const ranked = rankByWordsMatched([
      [record('a', 0.9), record('b', 0.1)],
      [record('b', 0.1), record('c', 5)],
    ]);
    expect(ranked.map((entry) => entry.id)).toEqual(['b', 'c', 'a']);
  });

  test('partial ranking: a rarer word matched counts more', () => {
    const record = (id: string, score: number): FoundRecord<string> => ({ id, score, data: async () => id });
    const common = [record('a', 1), record('b', 1)];
    const rare = [record('c', 0.1)];
    expect(rankByWordsMatched([common, rare], [1, 3]).map((entry) => entry.id)).toEqual(['c', 'a', 'b']);
  });
});
