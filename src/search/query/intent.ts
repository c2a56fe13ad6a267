/**
 * What kind of place a question asks for, read from the words that are dropped as stop words: «кто
 * ведёт химию» asks for a person (a staff card or a contact), not a question-and-answer that mentions
 * «химия» in its title; «куда звонить», «телефон …» or a phone number alone ask for a contact. The kind only tips the balance
 * between records that match the query's words about equally (src/search/query/rank.ts).
 */

import { classAliases, normalizeQuery } from '../aliases.ts';
import { STOP_WORDS } from './stop-words.ts';
import { inRussianLayout } from './keyboard-layout.ts';
import { namesDate } from './typed-dates.ts';
import { queryWords } from './understand.ts';

/** Sections of the site by the first part of their path. */
const PEOPLE = ['staff', 'contacts', 'coordinators'];
const CONTACTS = ['contacts'];

const PLATFORMS = ['platforms'];
/**
 * «телефон», «номер» meaning a number to call (not «с телефона», «один телефон на троих», «мой телефон»:
 * the device a pupil learns on; nor «номер приказа» or «приказ номер 214», a document's number).
 */
const NUMBER_ASKED =
  /(?<!\p{L})(?<!(?:с|со|на|через|для|в|один|одного|одном|мой|моего|моём|моем|наш|нашего|старый|старого|свой|своего) )(?<!(?:приказ|распоряжени|документ|постановлени)\p{L}* )(телефон\p{L}*|номер\p{L}*(?! (приказ|распоряжени|документ|постановлени|письм|кабинет|урок))|позвонить|звонить|дозвониться)(?!\p{L})/iu;

/**
 * «Когда звонить учителю», «во сколько директор принимает»: the time to get in touch, which the
 * communication schedule gives — not the person's number, though the question names a call.
 */
const WHEN_WORDS = String.raw`(когда|во сколько|в какое время|в какие часы|в какой день|в какие дни|по каким дням|по (понедельникам|вторникам|средам|четвергам|пятницам|субботам|воскресеньям))`;
const CONTACT_WORDS = String.raw`(звонить|позвонить|писать|написать|связаться|на связи|обращаться|обратиться|отвечает|отвечают|ответит|принимает|принимают|при[её]м|при[её]ма|при[её]мные часы)`;
/** Either order: «приём у директора во сколько» asks the same as «во сколько директор принимает». */
const WHEN_TO_CONTACT = new RegExp(
  String.raw`(?<!\p{L})(${WHEN_WORDS}(?!\p{L}).*(?<!\p{L})${CONTACT_WORDS}|${CONTACT_WORDS}(?!\p{L}).*(?<!\p{L})${WHEN_WORDS})(?!\p{L})`,
  'iu',
);
/**
 * «Нужна ли веб-камера», «какой планшет подойдёт», «можно ли учиться с телефона»: what a device must
 * have, which the requirements page answers.
 */
const DEVICE_ENOUGH =
  /(?<!\p{L})(нужн\p{L}* ли|подойд[её]т|подходит|пойд[её]т|потянет|тянет ли|хватит|можно (ли )?(учиться|заниматься) (с|со|на|через))(?!\p{L})/iu;
/**
 * «Какой браузер нужен для сферума», «ноут без камеры можно учиться?»: what a device must have or can do
 * without, which the requirements page answers; «какие устройства нужны»: which device, too (but «без
 * компьютера можно учиться» may be a family without one, which the device loan answers).
 */
const DEVICE_PART = String.raw`(браузер|интернет|скорост|памят|оперативк|камер|вебк|микрофон|наушник|процессор|операционн|экран|колонк)\p{L}*`;
const DEVICE = String.raw`(${DEVICE_PART}|(устройств|компьютер|ноутбук|ноут|планшет|техник)\p{L}*)`;
const DEVICE_NEEDED = new RegExp(
  String.raw`(?<!\p{L})(как(ой|ая|ое|ие|ую)\s+(\p{L}+\s+)?${DEVICE}.*(?<!\p{L})(нуж[енао]\p{L}*|надо|требуется)|без\s+${DEVICE_PART}.*(?<!\p{L})можно( ли)? (учиться|заниматься|работать|обойтись|подключ\p{L}*))(?!\p{L})`,
  'iu',
);

/** The plan-schedule or one of its measures, named: «по плану», «пункт 3», «мероприятия». */
const PLAN_WORD = /(?<!\p{L})(план(?:а|у|е|ом)?(?:-график\p{L}*)?|пункт(?:а|у|е|ом|ы)?|мероприяти\p{L}*)(?!\p{L})/iu;
/** What a measure gives: who answers for it, its deadline. */
const PLAN_QUESTION = /(?<!\p{L})(кто|отвечает|ответственн\p{L}*|когда|что|срок\p{L}*|до какого|числа)(?!\p{L})/iu;

/**
 * «Пункт 3 плана кто ответственный», «кто отвечает за питание по плану»: the plan's measure, which names
 * who is responsible — not any person's card; «что по плану 17 ноября», «когда выдача устройств по
 * плану», «план на 13 ноября»: the measure, which gives its deadline — not a notice of that day or about
 * that, nor the order that approved the plan. A question about the plan's measures names the plan
 * itself: one of its measures among the first results goes first (src/search/query/find-records.ts),
 * where another kind only tips the balance.
 */
export function asksAboutThePlan(query: string): boolean {
  if (!PLAN_WORD.test(query)) return false;
  if (PLAN_QUESTION.test(query) || MEASURE_NUMBER.test(query) || namesDate(query)) return true;
  // «Питание льготников план», «психологическая поддержка мероприятия»: a measure by its topic — but
  // «приказ об утверждении плана» is the order.
  return !DOCUMENT_WORD.test(query) && asksForOneMeasure(queryWords(query).map((word) => word.text));
}

/** Words naming a document (the order that approved the plan), not the plan's measures. */
const DOCUMENT_WORD = /(?<!\p{L})(приказ|положени|документ|утвержд|распоряжени|постановлени)\p{L}*/iu;

/** A measure's number beside the plan's name: «мероприятие 4 план-график», «пункт 3» (not «5а», not a time). */
const MEASURE_NUMBER = /(?<![\p{L}\p{N}.:])\d{1,2}(?![\p{L}\p{N}]|[.:]\d)/u;

/**
 * Whether a question about the plan names one measure rather than the plan as a whole: it has a word
 * besides the plan's names and what a measure gives («питание», «3 декабря», «4» — not «что по плану»).
 */
export function asksForOneMeasure(words: readonly string[]): boolean {
  return words.some((word) => !PLAN_WORD.test(word) && !PLAN_QUESTION.test(word) && !WHOLE_PLAN_WORD.test(word));
}

/**
 * «Что уже выполнено по плану»: how far the plan has got, which its page shows for every measure; a
 * month without a day («план ноября») or a time span («мероприятия на время дистанта») names no measure either.
 */
const WHOLE_PLAN_WORD =
  /^(график\p{L}*|(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр)\p{L}*|выполн\p{L}*|сделан\p{L}*|сделали|готов\p{L}*|статус\p{L}*|прогресс\p{L}*|весь|всё|все|время|период\p{L}*)$/u;

/** Question words and phrases, on whole words of the query, and the sections that answer them. */
const INTENTS: readonly [{ test(query: string): boolean }, readonly string[]][] = [
  [WHEN_TO_CONTACT, ['communication']],
  [{ test: asksAboutThePlan }, ['plan']],
  // «Как зовут директора», «ФИО классного руководителя»: a person's name, which a staff card or a
  // coordinator's gives (a contact is a service: «Приёмная директора»).
  [/(?<!\p{L})(как зовут|фио|имя и отчество|имя отчество)(?!\p{L})/iu, ['staff', 'coordinators']],
  [/(?<!\p{L})(кто|кого|кому|кем|к кому|у кого)(?!\p{L})/iu, PEOPLE],
  [/(?<!\p{L})(куда|кому) (звонить|позвонить|обращаться|обратиться|писать|написать)(?!\p{L})/iu, CONTACTS],
  // Before a number is read as asked for: «подходит ли мой телефон» asks about the device.
  [DEVICE_ENOUGH, ['requirements']],
  [DEVICE_NEEDED, ['requirements']],
  // «с телефона», «на телефоне», «через телефон» name the device a pupil learns on, not a number to call.
  [NUMBER_ASKED, PEOPLE],
  // «что такое сферум», «моя школа что это» ask what a platform is.
  [/(?<!\p{L})(что такое|что это|это что)(?!\p{L})/iu, PLATFORMS],
  // A phone number typed alone asks whose it is.
  [/^[\s\d()+-]*\d[\s\d()-]{4,}$/u, PEOPLE],
];

/** Words asking for a day or a time. */
const WHEN_OR_WHICH_DAY =
  /(?<!\p{L})(когда|во сколько|в как(ой|ие) д(ень|ни)|по каким дням|какие уроки|завтра|сегодня|послезавтра|есть ли|будет ли|в (понедельник|вторник|среду|четверг|пятницу|субботу))(?!\p{L})/iu;

/**
 * Question words that lean towards a kind of place without naming it: «что делать, если …» is answered
 * by a step-by-step guide or a question-and-answer more often than by a person, but a person or a page
 * may be the answer too («ноутбук сломался, что делать» — the technical support, the device loan). They
 * only tip the balance; the search never looks again in those sections alone.
 */
const LEANINGS: readonly [(query: string) => boolean, readonly string[]][] = [
  [(query) => /(?<!\p{L})(что (же )?делать|как быть|что предпринять)(?!\p{L})/iu.test(query), ['guides', 'faq']],
  // «Когда физика у 7а», «есть ли завтра информатика у 9а», «у 4а музыка в какой день», «что у 3а 19
  // ноября»: a class and a day, a date or a time ask for the class's timetable, not for the teacher of
  // the subject, nor for a meeting of that day.
  [(query) => (WHEN_OR_WHICH_DAY.test(query) || namesDate(query)) && classAliases(normalizeQuery(query)).length > 0, ['timetable']],
];

/** Every section a question can ask for (the search box is told their `section` filters' names). */
export const ASKABLE_SECTIONS: readonly string[] = [...new Set(INTENTS.flatMap(([, sections]) => sections))];

/**
 * Whether the question names a kind of place that is no person («во сколько приём у директора»: the
 * communication schedule; «что нужно для сферума»: the requirements): one such record among the
 * first goes first. «Кто», «кому», «телефон» only lean towards people; a card of the question's
 * subject may be the answer too.
 */
export function asksForPlaceKind(query: string): boolean {
  const asked = sectionsAskedFor(query);
  return asked.length > 0 && !asked.some((section) => PEOPLE.includes(section));
}

/** The sections a query asks for, most specific first; none when it does not say. */
export function sectionsAskedFor(query: string): readonly string[] {
  return INTENTS.find(([pattern]) => pattern.test(query))?.[1] ?? [];
}

/** The sections a query asks for or leans towards: those the ranking prefers (src/search/query/rank.ts). */
export function sectionsPreferredBy(query: string): readonly string[] {
  const asked = sectionsAskedFor(query);
  return asked.length > 0 ? asked : (LEANINGS.find(([leans]) => leans(query))?.[1] ?? []);
}

/** The section of a record's address: `/contacts/#psiholog` → `contacts` (a base path before it is skipped). */
export function sectionOf(url: string, base = '/'): string {
  const path = url.startsWith(base) ? url.slice(base.length) : url.replace(/^\//, '');
  return path.split(/[/#?]/)[0] ?? '';
}

/**
 * Whether a record is of a kind the question asks for (`sections`): in one of those sections — and,
 * when a person is asked for, a person's own item, not the list page they stand on («кто координатор
 * в школе» asks for a coordinator, not for the page «Координаторы»).
 */
export function isOfAskedKind(url: string, sections: readonly string[], base = '/'): boolean {
  const section = sectionOf(url, base);
  return sections.includes(section) && (!PEOPLE.includes(section) || url.includes('#'));
}

/**
 * The query's words that only say a number is wanted («телефон психолога», «номер секретаря»): they
 * choose the kind of place, not which one, so the ranking does not read them as a record's subject —
 * else the requirements' device card «Телефон» would be the subject of «единый телефон школы».
 */
export function wordsAskingForNumber(query: string): readonly string[] {
  const pattern = new RegExp(NUMBER_ASKED.source, 'giu');
  return [...query.toLowerCase().matchAll(pattern)].map((match) => match[1]!);
}

/** Verbs of getting in touch: «написать», «связаться», «отправить». */
const WAY_TO_REACH = /^(написать|напишу|написала?|связаться|отправить|скинуть|переслать)$/u;

/** Whether a query's word only says how to reach someone: «написать» of «написать Антоновой». */
export function isWayToReach(word: string): boolean {
  return WAY_TO_REACH.test(word);
}

/**
 * «Все контакты школы», «список учителей», «перечень документов»: the list itself, not one of its items
 * («все контакты школы» is not the school's own card).
 */
export function asksForList(query: string): boolean {
  return /(?<!\p{L})(все|всех|весь|список\p{L}*|перечень|перечня)(?!\p{L})/iu.test(query);
}

/** Words that only name a way to reach someone: a phone, an address, a site. */
const CHANNEL =
  /^(телефон\p{L}*|номер\p{L}*|почт\p{L}*|электронн\p{L}*|e-?mail|емейл\p{L}*|имейл\p{L}*|мейл\p{L}*|адрес\p{L}*|сайт\p{L}*|контакт\p{L}*|реквизит\p{L}*|связ\p{L}*)$/u;

/**
 * «Телефон школы», «электронная почта школы», «адрес школы»: the school's own card, asked for by a way to
 * reach it and the word «школа» alone («телефон школьного психолога» names someone else; «почта в моей
 * школе» is the platform; «все контакты школы» is the contacts page).
 */
export function asksForTheSchoolItself(query: string): boolean {
  const tokens = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
  const school = tokens.findIndex((token) => /^школ(а|ы|е|у|ой)$/u.test(token));
  if (school < 0 || /^мо(я|ей|ю)$/u.test(tokens[school - 1] ?? '') || asksForList(query)) return false;
  const others = tokens.filter((token, i) => i !== school && !STOP_WORDS.has(token));
  // «Как позвонить в школу»: every other word a stop word, and one of them a call.
  if (others.length === 0) return NUMBER_ASKED.test(query);
  return others.every((token) => CHANNEL.test(token));
}

/** The words that ask for a whole list («все», «список», which the query reads as its stem «спис»). */
const LIST_WORD = /^(все|всех|весь|спис\p{L}*|перечень|перечня)$/u;

/** Whether a query's word only asks for a whole list: «все», «списком». */
export function isListWord(word: string): boolean {
  return LIST_WORD.test(word);
}

/**
 * «Все телефоны школы», «список номеров», «все контакты»: every way to reach the school, which the
 * contacts page lists — not the requirements' card «Телефон», nor one contact that a number names.
 */
export function asksForAllContacts(query: string): boolean {
  if (!asksForList(query)) return false;
  // The query's own words, without the list words, «школа» and the site's topic («на дистанте»).
  const others = queryWords(query)
    .map((word) => word.text)
    .filter((word) => !LIST_WORD.test(word) && !/^школ(а|ы|е|у|ой)$/u.test(word));
  return others.length > 0 && others.every((word) => CHANNEL.test(word));
}

/**
 * What the query asks (src/search/query/intent.ts), read as typed, else with its wrong-layout words in
 * the Russian layout («ntktajy irjks» is «телефон школы»; «email» as typed is the e-mail already).
 */
export function readIntent<T extends boolean | readonly string[]>(query: string, read: (query: string) => T): T {
  const asTyped = read(query);
  return (Array.isArray(asTyped) ? asTyped.length > 0 : asTyped) ? asTyped : read(inRussianLayout(query));
}
