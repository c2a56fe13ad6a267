/**
 * The search box's ordering of found records (src/search/query/rank.ts) and the kind of place a
 * question asks for (src/search/query/intent.ts), on records shaped like the site's.
 */
import { describe, expect, test } from 'vitest';
import {
  asksAboutThePlan,
  asksForOneMeasure,
  asksForPlaceKind,
  asksForAllContacts,
  asksForList,
  asksForTheSchoolItself,
  isOfAskedKind,
  isWayToReach,
  sectionOf,
  sectionsAskedFor,
  sectionsPreferredBy,
  wordsAskingForNumber,
} from '../../src/search/query/intent.ts';
import { rarity, subjectScore, titleIsQuery, type RankedData } from '../../src/search/query/rank.ts';

const record = (url: string, title: string, titleWords = '', secondary = false): RankedData => ({
  url,
  content: title,
  meta: { title, title_words: titleWords, ...(secondary ? { secondary: 'yes' } : {}) },
});
const alike = () => 1;
/** The records' URLs, best first. */
const ranked = (records: RankedData[], words: string[], weightOf: (word: string) => number = alike, query = words.join(' ')) =>
  [...records]
    .sort((a, b) => subjectScore(b, words, weightOf, sectionsAskedFor(query)) - subjectScore(a, words, weightOf, sectionsAskedFor(query)))
    .map((r) => r.url);

describe('rarity', () => {
  test('a word few records hold weighs more than one most records hold', () => {
    expect(rarity(2)).toBeGreaterThan(rarity(40));
    expect(rarity(0)).toBe(rarity(1));
    expect(rarity(150)).toBeGreaterThan(0);
  });
});

describe('titleIsQuery', () => {
  test('weighed by rarity, a query is the title it names in its rare words', () => {
    const words = ['план', 'мероприятий', 'дистанционному', 'обучению'];
    const weightOf = (word: string) => (word === 'план' || word === 'мероприятий' ? 3 : 1);
    expect(titleIsQuery('План-график', words, 'план график мероприятий')).toBe(false);
    expect(titleIsQuery('План-график', words, 'план график мероприятий', weightOf)).toBe(true);
  });
});

describe('subjectScore', () => {
  test("the entity's own record comes before a record that mentions the same words", () => {
    const words = ['план', 'мероприятий', 'дистанционному', 'обучению'];
    const weightOf = (word: string) => (word === 'план' || word === 'мероприятий' ? 3 : 1.5);
    const plan = record('/plan/', 'План-график', 'план график мероприятий');
    const order = record(
      '/documents/#plan',
      'Об утверждении плана-графика мероприятий по организации дистанционного обучения',
      'дистанционное обучение',
    );
    expect(ranked([order, plan], words, weightOf)).toEqual(['/plan/', '/documents/#plan']);
  });

  test('the page a class named in the query is named by comes before a page that lists the class', () => {
    const words = ['3а', 'заканчивается', 'последний', 'урок'];
    const weightOf = (word: string) => (word === '3а' ? 3 : 1.5);
    const bells = record('/timetable/bells/', 'Расписание звонков', 'звонки первый урок заканчивается начало конец');
    const own = record('/timetable/3a/', 'Расписание 3А', '3а 3класс расписание класса');
    expect(ranked([bells, own], words, weightOf)).toEqual(['/timetable/3a/', '/timetable/bells/']);
  });

  test('a class named beside a person asked for leaves the person first', () => {
    const words = ['ведет', 'русский', '6а'];
    const teacher = record('/staff/#kalinina', 'Калинина Нина Петровна', 'учитель русского языка русский');
    const own = record('/timetable/6a/', 'Расписание 6А', '6а 6класс расписание класса');
    expect(ranked([own, teacher], words, alike, 'кто ведет русский в 6а')).toEqual(['/staff/#kalinina', '/timetable/6a/']);
    const physics = record('/staff/#ilina', 'Ильина Анна Андреевна', 'учитель физики физика физичка');
    const eighth = record('/timetable/8a/', 'Расписание 8А', '8а 8класс расписание класса');
    expect(ranked([eighth, physics], ['учитель', 'физики', '8а'])).toEqual(['/staff/#ilina', '/timetable/8a/']);
    expect(ranked([eighth, physics], ['физичка', '8а'])).toEqual(['/staff/#ilina', '/timetable/8a/']);
    // The subject is no teacher: «физика 8а» asks for 8А's lessons of physics.
    expect(ranked([physics, eighth], ['физика', '8а'])).toEqual(['/timetable/8a/', '/staff/#ilina']);
  });

  test('a short title that only mentions one of the words does not win for being short', () => {
    const words = ['зайти', 'сферум'];
    const weightOf = (word: string) => (word === 'зайти' ? 3 : 1.8);
    const platform = record('/platforms/#sferum', 'Сферум');
    const guide = record('/guides/vhod/', 'Как восстановить вход в «Сферум» с компьютера', 'зайти войти попасть');
    expect(ranked([platform, guide], words, weightOf)).toEqual(['/guides/vhod/', '/platforms/#sferum']);
  });

  test('a long title that names the query stays above a short one that names none of it', () => {
    const words = ['приказ', 'дистанционку'];
    const list = record('/documents/', 'Документы');
    const order = record(
      '/documents/#prikaz',
      'О временном переходе на обучение с применением дистанционных образовательных технологий',
      'дистанционка дистанционку дистанционное обучение',
    );
    expect(ranked([list, order], words)).toEqual(['/documents/#prikaz', '/documents/']);
  });

  test('a line of an organisation page loses to the contact its title names', () => {
    const words = ['директора', 'телефон'];
    const line = record('/communication/#3', 'Приём директора по телефону', '', true);
    const contact = record('/contacts/#priemnaya', 'Секретарь директора', 'директор директору');
    expect(ranked([line, contact], words, alike, 'приемная директора телефон')).toEqual(['/contacts/#priemnaya', '/communication/#3']);
  });

  test('a dated notice loses to the page of what it announces, when both name the query alike', () => {
    const words = ['ноутбук'];
    const notice = record('/announcements/#2026-11-10-01', 'Выдача ноутбуков', 'ноутбук');
    const lending = record('/kak-poluchit-ustroystvo/', 'Как получить ноутбук', 'ноутбук');
    expect(ranked([notice, lending], words)).toEqual(['/kak-poluchit-ustroystvo/', '/announcements/#2026-11-10-01']);
    expect(subjectScore(notice, words, alike) - subjectScore({ ...notice, url: '/news/#1' }, words, alike)).toBeLessThan(0);
  });

  test('«кто …» asks for a person: a staff card before a question that names the subject', () => {
    const words = ['химию'];
    const faq = record('/faq/#2', 'Как узнать оценку по предмету «Химия» за неделю?');
    const teacher = record('/staff/#baranova', 'Баранова Жанна Алексеевна', 'учитель химии');
    expect(ranked([faq, teacher], words, alike, 'кто ведет химию')).toEqual(['/staff/#baranova', '/faq/#2']);
  });

  test('a title that names none of the words is not judged by its length', () => {
    const words = ['364370'];
    const hotline = record('/contacts/#hotline', 'Горячая линия школы по дистанционному обучению');
    const faq = record('/faq/#svyaz', 'Связь с учителем');
    expect(subjectScore(hotline, words, alike)).toBe(subjectScore(faq, words, alike));
  });
});

describe('sectionsAskedFor', () => {
  test('question words say which kind of place answers', () => {
    expect(sectionsAskedFor('кто ведет химию')).toContain('staff');
    expect(sectionsAskedFor('к кому обратиться')).toContain('contacts');
    expect(sectionsAskedFor('куда звонить по дистанционке')).toEqual(['contacts']);
    expect(sectionsAskedFor('телефон психолога')).toContain('contacts');
    expect(sectionsAskedFor('8 800 2000 122')).toContain('contacts');
    expect(sectionsAskedFor('36-43-70')).toContain('contacts');
  });

  test('«что делать» leans towards guides and answers without asking for them; a question that says more wins', () => {
    expect(sectionsAskedFor('ничего не работает что делать')).toEqual([]);
    expect(sectionsPreferredBy('ничего не работает что делать')).toEqual(['guides', 'faq']);
    expect(sectionsPreferredBy('камера не работает, как быть?')).toEqual(['guides', 'faq']);
    expect(sectionsPreferredBy('не работает сферум, куда звонить, что делать')).toEqual(['contacts']);
    expect(sectionsPreferredBy('расписание 5б')).toEqual([]);
  });

  test('a class with a day or a time leans towards the timetable, not the teacher of the subject', () => {
    for (const query of ['есть ли завтра физика у 7а', 'когда информатика у 9 А', 'у 4а музыка в какой день', 'физра у 6а когда'])
      expect(sectionsPreferredBy(query), query).toEqual(['timetable']);
    // Without a class, or without a day, it does not say.
    expect(sectionsPreferredBy('когда собрание')).toEqual([]);
    expect(sectionsPreferredBy('физика 7а')).toEqual([]);
  });

  test('a person asked for is a person’s item, not the list page they stand on', () => {
    const people = sectionsAskedFor('кто координатор в школе');
    expect(isOfAskedKind('/coordinators/#coordinator-1', people)).toBe(true);
    expect(isOfAskedKind('/coordinators/', people)).toBe(false);
    expect(isOfAskedKind('/school/contacts/#psiholog', people, '/school/')).toBe(true);
    // A timetable asked for is the class's page itself.
    expect(isOfAskedKind('/timetable/7a/', sectionsPreferredBy('когда физика у 7а'))).toBe(true);
  });

  test('«что это», «что такое» ask what a platform is', () => {
    expect(sectionsAskedFor('моя школа что это')).toEqual(['platforms']);
    // A name is a person's: a staff card or a coordinator, not a service's contact.
    expect(sectionsAskedFor('директор как зовут')).toEqual(['staff', 'coordinators']);
    expect(sectionsAskedFor('фио классного руководителя 5б')).toEqual(['staff', 'coordinators']);
    expect(sectionsAskedFor('андроид 8 пойдет?')).toEqual(['requirements']);
    // What a device needs, or can do without.
    expect(sectionsAskedFor('какой браузер нужен для сферума')).toEqual(['requirements']);
    expect(sectionsAskedFor('ноут без камеры можно учиться?')).toEqual(['requirements']);
    // Which device, too; but a family without a computer may need the loan.
    expect(sectionsAskedFor('какие устройства нужны для дистанционки')).toEqual(['requirements']);
    expect(sectionsAskedFor('какой ноутбук нужен')).toEqual(['requirements']);
    expect(sectionsAskedFor('без компьютера можно учиться')).toEqual([]);
    expect(sectionsAskedFor('без интернета можно сдать задание позже')).toEqual([]);
    expect(sectionsAskedFor('какие учебники нужны')).toEqual([]);
    // Who is responsible for a measure of the plan: the measure.
    expect(sectionsAskedFor('пункт 1 плана кто ответственный')).toEqual(['plan']);
    expect(sectionsAskedFor('кто отвечает за питание по плану')).toEqual(['plan']);
    // Its deadline, or what it holds for a day.
    expect(sectionsAskedFor('что по плану 17 ноября')).toEqual(['plan']);
    expect(sectionsAskedFor('когда выдача устройств по плану срок')).toEqual(['plan']);
    // The order that approved the plan is a document.
    expect(sectionsAskedFor('приказ об утверждении плана')).toEqual([]);
    expect(asksAboutThePlan('что по плану 17 ноября')).toBe(true);
    expect(asksAboutThePlan('кто выдаёт планшеты')).toBe(false);
    // A date beside the plan asks what it holds for that day.
    expect(asksAboutThePlan('план на 13 ноября')).toBe(true);
    expect(asksAboutThePlan('план-график')).toBe(false);
    // A measure by its number or by its topic; not the order that approved the plan.
    expect(asksAboutThePlan('мероприятие 4 план график')).toBe(true);
    expect(asksAboutThePlan('питание льготников план')).toBe(true);
    expect(asksAboutThePlan('план 5а')).toBe(true);
    expect(asksAboutThePlan('приказ об утверждении плана-графика')).toBe(false);
    expect(asksAboutThePlan('что по плану')).toBe(true);
    expect(asksForOneMeasure(['плану'])).toBe(false);
    expect(asksForOneMeasure(['план-график', 'мероприятий'])).toBe(false);
    expect(asksForOneMeasure(['мероприятие', '4', 'план', 'график'])).toBe(true);
    expect(asksForOneMeasure(['выполнено', 'плану'])).toBe(false);
    expect(asksForOneMeasure(['мероприятия', 'время'])).toBe(false);
    // The time of a reception, in either order.
    expect(sectionsAskedFor('приём у директора по телефону во сколько')).toEqual(['communication']);
    expect(sectionsAskedFor('во сколько директор принимает')).toEqual(['communication']);
    expect(sectionsAskedFor('директор принимает по телефону по вторникам?')).toEqual(['communication']);
    expect(sectionsAskedFor('приемная директора')).toEqual([]);
    expect(asksForPlaceKind('приём у директора во сколько')).toBe(true);
    expect(asksForPlaceKind('кто координатор')).toBe(false);
    expect(sectionsAskedFor('кто ответственный за дистант')).toEqual(['staff', 'contacts', 'coordinators']);
    // «Планшет» is no plan.
    expect(sectionsAskedFor('кто выдаёт планшеты')).toEqual(['staff', 'contacts', 'coordinators']);
    expect(sectionsAskedFor('что такое сферум')).toEqual(['platforms']);
  });

  test('the words that ask for a number are told apart from the device a pupil learns on', () => {
    expect(wordsAskingForNumber('единый телефон школы')).toEqual(['телефон']);
    expect(wordsAskingForNumber('номер секретаря')).toEqual(['номер']);
    expect(wordsAskingForNumber('номер приказа о переходе на дистант')).toEqual([]);
    // A family's one phone, «мой телефон»: the device.
    expect(wordsAskingForNumber('у нас один телефон на троих детей')).toEqual([]);
    expect(wordsAskingForNumber('мой телефон не работает')).toEqual([]);
    // The number of an order, after it as well as before.
    expect(wordsAskingForNumber('приказ номер 214')).toEqual([]);
    expect(sectionsAskedFor('приказ номер 214')).toEqual([]);
    expect(wordsAskingForNumber('номер директора')).toEqual(['номер']);
    expect(sectionsAskedFor('номер приказа')).toEqual([]);
    expect(wordsAskingForNumber('можно учиться с телефона')).toEqual([]);
    expect(wordsAskingForNumber('расписание 5б')).toEqual([]);
    // A message is a way to reach someone too (dropped when nothing holds it beside a name).
    expect(isWayToReach('написать')).toBe(true);
    expect(isWayToReach('написание')).toBe(false);
  });

  test('a question that does not say asks for nothing in particular', () => {
    expect(sectionsAskedFor('расписание 5б')).toEqual([]);
    expect(sectionsAskedFor('как подключиться к сферуму')).toEqual([]);
    // «кто» inside a word is not the question word.
    expect(sectionsAskedFor('некто')).toEqual([]);
    // «на телефоне» is the device a pupil learns on, not a number to call.
    expect(sectionsAskedFor('урок на телефоне')).toEqual([]);
    expect(sectionsAskedFor('что нужно для урока')).toEqual([]);
  });

  test('whether a device will do asks for the requirements', () => {
    expect(sectionsAskedFor('можно учиться с телефона')).toEqual(['requirements']);
    expect(sectionsAskedFor('нужна ли веб камера')).toEqual(['requirements']);
    expect(sectionsAskedFor('какой планшет подойдёт')).toEqual(['requirements']);
  });

  test('a way to reach «школа» alone asks for the school itself', () => {
    for (const query of [
      'телефон школы',
      'электронная почта школы',
      'адрес школы',
      'Сайт школы?',
      'номер телефона школы',
      'как позвонить в школу',
      'я бабушка как позвонить в школу по поводу внучки',
    ])
      expect(asksForTheSchoolItself(query), query).toBe(true);
    for (const query of [
      'телефон школьного психолога',
      'телефон директора школы',
      'почта моя школа',
      'школа',
      'расписание школы',
      'все контакты школы',
    ])
      expect(asksForTheSchoolItself(query), query).toBe(false);
  });

  test('a whole list is asked for by «все», «список», «перечень»', () => {
    for (const query of ['все контакты школы', 'список учителей', 'перечень документов']) expect(asksForList(query), query).toBe(true);
    for (const query of ['где смотреть оценки', 'вся информация о сферуме?']) expect(asksForList(query), query).toBe(false);
    // Every way to reach the school is the contacts page.
    for (const query of ['все телефоны школы', 'список номеров', 'все контакты', 'все телефоны школы на дистанте'])
      expect(asksForAllContacts(query), query).toBe(true);
    for (const query of ['телефоны школы', 'все телефоны учителей', 'список документов'])
      expect(asksForAllContacts(query), query).toBe(false);
  });

  test('when to call or write asks for the communication schedule, not a number', () => {
    expect(sectionsAskedFor('когда звонить учителю')).toEqual(['communication']);
    expect(sectionsAskedFor('во сколько директор принимает')).toEqual(['communication']);
    expect(sectionsAskedFor('директор принимает по телефону по вторникам?')).toEqual(['communication']);
    expect(sectionsAskedFor('когда учитель отвечает на сообщения')).toEqual(['communication']);
    expect(sectionsAskedFor('в какой день директор принимает по телефону')).toEqual(['communication']);
    expect(sectionsAskedFor('когда звонок на урок')).toEqual([]);
    expect(sectionsAskedFor('телефон учителя')).toEqual(['staff', 'contacts', 'coordinators']);
  });

  test('a record’s section is the first part of its address after the base', () => {
    expect(sectionOf('/contacts/#psiholog')).toBe('contacts');
    expect(sectionOf('/school/staff/#ivanova', '/school/')).toBe('staff');
    expect(sectionOf('/timetable/5b/')).toBe('timetable');
  });
});
