/**
 * The everyday words of src/search/everyday-words.ts: added, through the thesaurus, where a record
 * names the subject, the device part or the help service, and nowhere else; and the link words a
 * record with an outbound link answers to (src/search/split-page.ts).
 */
import { describe, expect, test } from 'vitest';
import { thesaurusWords } from '../../src/search/thesaurus.ts';
import { splitPage } from '../../src/search/split-page.ts';

const words = (text: string) => thesaurusWords(text).join(' ').split(' ');

describe('everyday names of school subjects', () => {
  test('a staff position or a subject gets the short names pupils type', () => {
    expect(words('Учитель физической культуры')).toEqual(expect.arrayContaining(['физра', 'физре', 'физрук', 'физкультура']));
    expect(words('Учитель информатики')).toEqual(expect.arrayContaining(['инфа', 'инфы']));
    expect(words('Учитель английского языка')).toEqual(expect.arrayContaining(['англичанка']));
    expect(words('Преподаватель-организатор ОБЗР')).toContain('обж');
    expect(words('Учитель труда (технологии)')).toContain('трудовик');
    expect(words('Окружающий мир')).toContain('окружайка');
  });

  test('words that only look alike get none of them', () => {
    // «технологий» of distance learning is not the subject «Труд (технология)».
    expect(words('С применением дистанционных образовательных технологий')).not.toContain('трудовик');
    // «физика» is not «физическая культура», nor the other way round.
    expect(words('Учитель физики')).not.toContain('физра');
    expect(words('Учитель физической культуры')).not.toContain('физичка');
    // A memo is not the device's memory.
    expect(words('Памятка для родителей')).not.toContain('оперативка');
  });
});

describe('device parts', () => {
  test('the requirements name memory, camera and systems; people ask for RAM, a webcam, Windows in Cyrillic', () => {
    expect(words('Память 4 ГБ')).toEqual(expect.arrayContaining(['оперативка', 'оперативной', 'озу']));
    expect(words('Камера — нужна')).toContain('вебка');
    expect(words('Windows 10, Windows 11')).toContain('виндовс');
    expect(words('Android 9 и новее')).toContain('андроид');
  });
});

describe('worries the help services answer', () => {
  test('the psychologist and the helpline are found by feelings and bullying', () => {
    for (const title of ['Педагог-психолог школы', 'Всероссийский телефон доверия для детей и родителей'])
      expect(words(title)).toEqual(expect.arrayContaining(['тревожно', 'плачет', 'травля']));
  });

  test('the social teacher by money, food and benefits', () => {
    expect(words('Социальный педагог')).toEqual(expect.arrayContaining(['пособие', 'питание', 'многодетные', 'льготникам']));
    expect(words('Учитель математики')).not.toContain('пособие');
  });
});

describe('link words', () => {
  const page = (main: string) => `<!doctype html><html lang="ru"><head><title>t</title></head><body><main>${main}</main></body></html>`;
  test('a record that links to another site answers to «ссылка»; one that does not, not', () => {
    const [, withLink, withoutLink] = splitPage(
      page(`<h1>Платформы</h1>
        <article id="sferum" data-pagefind-body><h2>Сферум</h2><a href="https://sferum.ru/">sferum.ru</a></article>
        <article id="other" data-pagefind-body><h2>Другое</h2><a href="/guides/">Инструкции</a></article>`),
      '/platforms/',
    ).map((record) => record.html);
    expect(withLink).toMatch(/ссылка/);
    expect(withoutLink).not.toMatch(/ссылка/);
  });
});
