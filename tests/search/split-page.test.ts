/**
 * How built pages become search records (src/search/split-page.ts) and how queries are rewritten
 * (src/search/aliases.ts), on small hand-made pages: what the browser search tests rely on.
 */
import { describe, expect, test } from 'vitest';
import {
  classAliases,
  gradeAliases,
  hyphenParts,
  normalizeQuery,
  phoneAliases,
  searchAliases,
  shiftAliases,
  platformAliases,
  initialsAliases,
  itemAliases,
} from '../../src/search/aliases.ts';
import { KIND_ATTRIBUTE, SECONDARY_ATTRIBUTE } from '../../src/search/markers.ts';
import { splitPage } from '../../src/search/split-page.ts';

const page = (main: string) =>
  `<!doctype html><html lang="ru"><head><title>t</title></head><body><nav>Меню</nav><main>${main}</main></body></html>`;

describe('splitPage', () => {
  test('a list page gives one record per marked item, each at its anchor, with its phone as meta', () => {
    const records = splitPage(
      page(`<h1>Контакты</h1>
        <article id="psiholog" data-pagefind-body><h2>Педагог-психолог</h2><a href="tel:+73843364372">8 (3843) 36-43-72</a></article>
        <article id="pochta" data-pagefind-body><h2>Почта</h2><a href="mailto:a@b.ru">a@b.ru</a></article>`),
      '/contacts/',
    );
    expect(records.map((record) => record.url)).toEqual(['/contacts/', '/contacts/#psiholog', '/contacts/#pochta']);
    const [, psychologist, mail] = records.map((record) => record.html);
    expect(psychologist).toContain('Педагог-психолог');
    expect(psychologist).not.toContain('Почта');
    expect(psychologist).not.toContain('Меню'); // only the marked content, never the menu
    expect(psychologist).toContain('data-pagefind-meta="tel:+73843364372"');
    expect(psychologist).toContain('data-pagefind-meta="phone:8 (3843) 36-43-72"');
    expect(psychologist).toMatch(/телефон/); // an item with a call link answers to «телефон»
    expect(psychologist).toContain('364372'); // and to its number typed without separators
    expect(mail).not.toContain('data-pagefind-meta="tel:');
    // Exactly one body per record, so Pagefind indexes the item and nothing else.
    for (const html of records.map((record) => record.html)) expect(html.match(/data-pagefind-body/g)).toHaveLength(1);
  });

  test('a list page also gets a record of its own: its heading (weighing most) and its summary', () => {
    const html = `<!doctype html><html lang="ru"><head><meta name="description" content="Что школа делает и к какому сроку."></head><body><main><h1>План-график</h1>
      <li id="item-1" data-pagefind-body data-pagefind-filter="section:План-график"><h2>Издать приказ</h2></li><li id="item-2" data-pagefind-body><h2>Провести опрос</h2></li></main></body></html>`;
    const [own, first] = splitPage(html, '/plan/');
    expect(own!.url).toBe('/plan/');
    expect(own!.html).toContain(
      '<h1 data-pagefind-meta="title" data-pagefind-weight="10" data-pagefind-filter="section:План-график">План-график</h1>',
    );
    expect(own!.html).toContain('Что школа делает и к какому сроку.');
    expect(own!.html).not.toContain('Издать приказ');
    expect(first!.url).toBe('/plan/#item-1');
    // It is the list of the items: «список мероприятий», «все учителя список» ask for it. Its items are not.
    expect(own!.html.split('⁂')[1]).toMatch(/<p data-pagefind-weight="7">[^<]*список/);
    expect(first!.html).not.toMatch(/список/);
    // What the heading says the page is besides its title goes to its own record: the plan's statuses.
    const withKind = html.replace('<h1>План-график</h1>', '<h1 data-search-kind="Выполнено Выполняется">План-график</h1>');
    const [ownWithKind] = splitPage(withKind, '/plan/');
    expect(ownWithKind!.html.split('⁂')[1]).toMatch(/<p data-pagefind-weight="7">[^<]*выполнено/);
  });

  test('hidden words come after the mark; words standing for the title weigh like a heading', () => {
    const [, hotline] = splitPage(
      page(
        '<h1>Контакты</h1><article id="hotline" data-pagefind-body><h3 data-pagefind-meta="title">Единый телефон по вопросам дистанционного обучения</h3><p>Звоните <a href="tel:+73843364370">36-43-70</a></p></article><article id="x" data-pagefind-body><h3>Почта</h3></article>',
      ),
      '/contacts/',
    );
    const [visible, hidden] = hotline!.html.split('⁂');
    expect(visible!.replace(/<[^>]+>/g, ' ')).not.toMatch(/горячая|364370|дистанционка/);
    expect(hidden).toMatch(/<p data-pagefind-weight="5">[^<]*горячая линия/);
    expect(hidden).toMatch(/<p data-pagefind-weight="1">[^<]*364370/);
  });

  test("text marked as naming an item (a person's position) stands for its title, in the hidden words and the title meta", () => {
    const [, person] = splitPage(
      page(
        '<h1>Сотрудники</h1><article id="petrov" data-pagefind-body><h3 data-pagefind-meta="title">Петров Иван Викторович</h3><p data-search-names>Учитель математики</p><p>Кабинет 12</p></article><article id="x" data-pagefind-body><h3>Почта</h3></article>',
      ),
      '/staff/',
    );
    const hidden = person!.html.split('⁂')[1]!;
    expect(hidden).toMatch(/<p data-pagefind-weight="5">[^<]*учитель[^<]*математики/);
    expect(person!.html).toMatch(/data-pagefind-meta="title_words:[^"]*математики/);
    expect(hidden).not.toMatch(/<p data-pagefind-weight="5">[^<]*кабинет/);
  });

  test('a one-record page’s kind attribute goes to the hidden words, never to the shown text', () => {
    const [record] = splitPage(
      page(
        `<article data-pagefind-body><h1 data-search-names ${KIND_ATTRIBUTE}="2 Б 2-Б">Расписание 2Б класса</h1><p>Понедельник</p></article>`,
      ),
      '/timetable/2b/',
    );
    const [shown, hidden] = record!.html.split('⁂');
    // As text: attributes are not indexed, nor shown.
    expect(shown!.replace(/<[^>]*>/g, ' ')).not.toContain('2-Б');
    expect(hidden).toContain('2-б');
  });

  test('the heading an item stands under (its kind attribute) names it like its title, and brings its concerns', () => {
    const [, support] = splitPage(
      page(
        `<h1>Контакты</h1><article id="it" data-pagefind-body ${KIND_ATTRIBUTE}="Техническая поддержка"><h3 data-pagefind-meta="title">Помощь с компьютерами и связью</h3></article><article id="x" data-pagefind-body><h3>Почта</h3></article>`,
      ),
      '/contacts/',
    );
    const titleWords = /<p data-pagefind-weight="5">([^<]*)/.exec(support!.html.split('⁂')[1]!)?.[1] ?? '';
    expect(titleWords).toContain('техническая поддержка');
    expect(titleWords).toContain('сломался'); // HELP_CONCERNS of technical support (src/search/everyday-words.ts)
    // The attribute's words are hidden: the visible record does not show them.
    expect(support!.html.split('⁂')[0]!.replace(/<[^>]+>/g, ' ')).not.toContain('Техническая');
  });

  test('an item answers to the name of the list it stands in, as body text, without that name’s thesaurus words', () => {
    const [, item] = splitPage(
      page(
        '<h1>План-график</h1><li id="item-1" data-pagefind-body data-pagefind-filter="section:План-график"><h2>Выдать ноутбуки</h2><p>До 20 ноября</p></li><li id="item-2" data-pagefind-body><h2>Опрос</h2></li>',
      ),
      '/plan/',
    );
    const hidden = item!.html.split('⁂')[1]!;
    const bodyWords = /<p data-pagefind-weight="[\d.]+">([^<]*)<\/p><\/div>/.exec(hidden)?.[1] ?? '';
    expect(bodyWords.split(' ')).toEqual(expect.arrayContaining(['план-график', 'план', 'график']));
    expect(hidden).not.toMatch(/мероприятий/);
  });

  test("text a single page marks as naming it (a guide's topic) joins the sections above it", () => {
    const html =
      '<!doctype html><html lang="ru"><body><nav class="breadcrumbs"><ol><li><a href="/">Главная</a></li><li><a href="/guides/">Инструкции</a></li><li><span>Как прикрепить фото тетради</span></li></ol></nav><main><article data-pagefind-body><h1>Как прикрепить фото тетради</h1><dl><dt>Тема</dt><dd data-search-names>Домашнее задание</dd></dl><p>Шаги</p></article></main></body></html>';
    const [guide] = splitPage(html, '/guides/foto/');
    const titleWords = /<p data-pagefind-weight="7">([^<]*)/.exec(guide!.html.split('⁂')[1]!)?.[1] ?? '';
    expect(titleWords).toContain('инструкции');
    expect(titleWords).toContain('домашнее задание');
    expect(titleWords).toContain('домашку'); // the thesaurus of src/search/thesaurus.ts
  });

  test("a single page's hidden words hold the sections above it, and its heading weighs most", () => {
    const html =
      '<!doctype html><html lang="ru"><body><nav class="breadcrumbs"><ol><li><a href="/">Главная</a></li><li><a href="/guides/">Инструкции</a></li><li><span>Как войти</span></li></ol></nav><main><article data-pagefind-body><h1>Как войти</h1><p>Шаги</p></article></main></body></html>';
    const [guide] = splitPage(html, '/guides/voiti/');
    expect(guide!.html).toContain('<h1 data-pagefind-weight="10"');
    expect(guide!.html.split('⁂')[1]).toContain('инструкции');
    expect(guide!.html.split('⁂')[1]).not.toContain('главная');
  });

  test('a page with one block of content is one record at the page itself', () => {
    const records = splitPage(
      page('<article data-pagefind-body><h1>Как войти в «Сферум»</h1><ol><li>Открой</li></ol></article>'),
      '/guides/sferum/',
    );
    expect(records.map((record) => record.url)).toEqual(['/guides/sferum/']);
    expect(records[0]!.html).toContain('Как войти в «Сферум»');
  });

  test('text of adjacent elements stays apart in the record (the built HTML has no spaces between tags)', () => {
    const [record] = splitPage(
      page('<article data-pagefind-body><dl><dt>Когда</dt><dd>вт, чт</dd><dt>Ответственный</dt><dd>Гришина</dd></dl></article>'),
      '/x/',
    );
    const text = record!.html.replace(/<[^>]+>/g, '');
    expect(text).toContain('Когда вт, чт');
    expect(text).toContain('Ответственный Гришина');
    expect(text).not.toMatch(/Когдавт|чтОтветственный/);
  });

  test('a page without marked content gives no record', () => {
    expect(splitPage(page('<h1>Поиск</h1>'), '/search/')).toEqual([]);
  });

  test('the plan-schedule and the communication schedule weigh less, headings included; contacts do not', () => {
    const item =
      '<section id="item-1" data-pagefind-body><h2>Консультации психолога</h2><p>Психолог принимает по средам, видеоурок</p></section><section id="item-2" data-pagefind-body><h3>Ещё</h3></section>';
    for (const url of ['/plan/', '/communication/']) {
      const [record] = splitPage(page(item), url);
      expect(record!.html, url).toContain('<div data-pagefind-weight="0.5">');
      expect(record!.html, url).toContain('<h2 data-pagefind-weight="2"');
      // Their hidden words weigh less too.
      expect(record!.html, url).toMatch(/<p data-pagefind-weight="0.5">[^<]*видеозвонок/);
      // The search box's own ranking is told too (src/search/query/rank.ts).
      expect(record!.html, url).toContain('data-pagefind-meta="secondary:yes"');
    }
    const [contact] = splitPage(page(item), '/contacts/');
    expect(contact!.html).not.toContain('data-pagefind-weight="0.5"');
    expect(contact!.html).not.toContain('secondary');
  });

  test("an item marked as another organisation's weighs less on any page; its neighbours do not", () => {
    const [external, own] = splitPage(
      page(
        `<article id="uo" data-pagefind-body ${SECONDARY_ATTRIBUTE}><h3>Горячая линия управления образования</h3></article><article id="school" data-pagefind-body><h3>Горячая линия школы</h3></article>`,
      ),
      '/contacts/',
    );
    expect(external!.html).toContain('<div data-pagefind-weight="0.5">');
    expect(external!.html).toContain('data-pagefind-meta="secondary:yes"');
    expect(own!.html).not.toContain('data-pagefind-weight="0.5"');
    expect(own!.html).not.toContain('secondary');
  });
});

describe('aliases', () => {
  test('class names however typed', () => {
    expect(classAliases('Расписание 5 Б и 10-а, 11А')).toEqual(['5б', '10а', '11а']);
    for (const typed of ['5б', '5 Б', '5-б', '5 - б']) expect(normalizeQuery(`расписание ${typed}`)).toBe('расписание 5б');
  });

  test('a class letter typed as its Latin look-alike is the Cyrillic one; other Latin letters are left to the layout', () => {
    expect(normalizeQuery('расписание 5a')).toBe('расписание 5а');
    expect(normalizeQuery('10 B класс')).toBe('10в класс');
    expect(normalizeQuery('7-K')).toBe('7к');
    // «6f» is «6а» typed in the English layout: not a look-alike, read in the other layout later.
    expect(normalizeQuery('6f')).toBe('6f');
    // A letter inside a Latin word is no class.
    expect(normalizeQuery('5 apps')).toBe('5 apps');
  });

  test('grades written as ordinal words, in any case; an ordinal before a word stays', () => {
    expect(normalizeQuery('пятый б расписание')).toBe('5б расписание');
    expect(normalizeQuery('уроки в одиннадцатом А')).toBe('уроки в 11а');
    expect(normalizeQuery('собрание третьего в')).toBe('собрание 3в');
    expect(normalizeQuery('четвёртый г')).toBe('4г');
    expect(normalizeQuery('первый урок')).toBe('первый урок');
  });

  test('a whole grade, however it is said, is one word, and every class of it and text naming it answers to it', () => {
    for (const typed of ['2 класс', '2-й класс', '2й класс', 'второй класс', 'вторые классы', 'второго класса', 'второклассники'])
      expect(normalizeQuery(`расписание ${typed}`), typed).toBe('расписание 2класс');
    expect(normalizeQuery('первоклашки во сколько уроки')).toBe('1класс во сколько уроки');
    expect(normalizeQuery('собрание 6-х классов')).toBe('собрание 6класс');
    expect(normalizeQuery('в 5-м классе')).toBe('в 5класс');
    // A class with its letter stays that class; «5 М класс» is class 5М, not «the fifth grade».
    expect(normalizeQuery('1 А класс')).toBe('1а класс');
    expect(normalizeQuery('5 М класс')).toBe('5м класс');
    expect(gradeAliases('Расписание 5 Б и 10-а; собрание 6-х классов; для первоклассников')).toEqual([
      '5класс',
      '10класс',
      '6класс',
      '1класс',
    ]);
    expect(searchAliases('Классы: 2А, 2Б', [])).toContain('2класс');
    expect(gradeAliases('первый урок в 9:00')).toEqual([]);
  });

  test('a shift, however it is said, is one word, on the text that names it and in the query', () => {
    for (const typed of ['1 смена', '1-я смена', '1я смена', 'первая смена', 'в первую смену', 'смена 1', 'смена № 1'])
      expect(normalizeQuery(`какие классы ${typed}`).replace(' в ', ' '), typed).toBe('какие классы 1смена');
    expect(shiftAliases('Вторая смена. Классы: 2А, 3А')).toEqual(['2смена']);
    expect(searchAliases('Звонки: 1-я смена', [])).toContain('1смена');
    // «Сменная обувь», a lesson number before another word, a class: no shift.
    expect(normalizeQuery('1 сменная обувь')).toBe('1 сменная обувь');
    expect(shiftAliases('5 смен подряд; 1 урок; сменка')).toEqual([]);
  });

  test('«Моя школа», the platform, is one word in any case form, on the text that names it and in the query', () => {
    expect(platformAliases('Сдайте работу в «Моей школе» до 18:00')).toEqual(['мояшкола']);
    expect(searchAliases('ФГИС «Моя школа»', [])).toContain('мояшкола');
    expect(normalizeQuery('как сдать дз в моей школе')).toBe('как сдать дз в мояшкола');
    // «Школьная форма», «моя школьная страница»: no platform.
    expect(platformAliases('моя школьная форма')).toEqual([]);
  });

  test('initials are one word, on the record that names the person in full and in the query', () => {
    expect(initialsAliases('Педагог-психолог: Козлова Анна Николаевна, каб. 12')).toEqual(['ан']);
    expect(searchAliases('Ильина Ксения Петровна', [])).toContain('кп');
    expect(normalizeQuery('написать Фёдоровой Л.Ю.')).toBe('написать Фёдоровой лю');
    expect(normalizeQuery('Козлова А. Н. почта')).toBe('Козлова ан почта');
    // Capitalised words that are no name with a patronymic: no initials.
    expect(initialsAliases('Техническая Поддержка Школы')).toEqual([]);
  });

  test('a numbered item is one word, number first (no beginning of another), on the item and in the query: «пункт 3», «п. 7.1»', () => {
    expect(itemAliases('пункт 3')).toEqual(['3пункт']);
    expect(itemAliases('пункт 7.1')).toEqual(['7-1пункт']);
    expect(normalizeQuery('пункт 1 плана кто ответственный')).toBe('1пункт плана кто ответственный');
    expect(normalizeQuery('что в п. 7.1')).toBe('что в 7-1пункт');
    // A paragraph sign of a law, a page's number: no item of the plan.
    expect(itemAliases('пунктуация 5 класс')).toEqual([]);
  });

  test('phones however typed', () => {
    expect(phoneAliases('+73843364366')).toEqual(
      expect.arrayContaining(['73843364366', '3843364366', '83843364366', '364366', '3364366', '4366']),
    );
    // A word run into a class or a number is two words.
    expect(normalizeQuery('расписание7а')).toBe('расписание 7а');
    expect(normalizeQuery('36-43-66')).toBe('364366');
    expect(normalizeQuery('8 (3843) 36-43-66')).toBe('83843364366');
    // A date or a school year is not a phone: it stays as typed, not one long number.
    expect(normalizeQuery('приказ 2026-11-13 на 2025-2026')).toBe('приказ 2026-11-13 на 2025-2026');
  });

  test('hyphenated words are also found by their parts', () => {
    expect(hyphenParts('Педагог-психолог школы, учитель-логопед, 5-б, ФГИС')).toEqual(['педагог', 'психолог', 'учитель', 'логопед']);
    expect(searchAliases('Педагог-психолог', [])).toContain('психолог');
  });

  test('colloquial words come with the official ones', () => {
    expect(searchAliases('Техническая поддержка школы', [])).toContain('техподдержка');
    expect(searchAliases('Как сдать домашнее задание', [])).toContain('домашку');
    expect(searchAliases('Расписание уроков', [])).not.toContain('домашку');
  });
});
