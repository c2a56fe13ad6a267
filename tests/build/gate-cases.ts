/**
 * «The checker is the gate»: content that once passed `npm run check` and then crashed or hung the
 * build, or was built into a broken site (a page silently dropped, an `rss.xml` no reader accepts). Each row is one broken input on the fixture school; the test
 * (check-gates-build.test.ts) asserts that the checker rejects it with a Russian message naming the file
 * and line, and that `npm run build` fails too — with no stack trace in either.
 *
 * To add a case: a name, the files to write or rewrite (see tests/helpers/content-fixture.ts: a string
 * is the whole file, a function rewrites the fixture's text, `null` deletes), the file the message must
 * name, text on the line it must name, and a fragment of the message.
 */
import { fixtureText, replace, type FileChange } from '../helpers/content-fixture.ts';

export interface GateCase {
  /** What the editor did. */
  name: string;
  /** Changes to the fixture school, by path inside the content folder. */
  files: Record<string, FileChange>;
  /** The file the message names (path inside the content folder). */
  file: string;
  /** Text in that file (after the changes) on the line the message names; its first occurrence counts. */
  at: string;
  /** A fragment of the Russian message (a string is matched literally). */
  message: string | RegExp;
}

const LESSON = 'timetable/classes/5a.yaml';
const MEETING = 'meetings/2026-11-19-5a.yaml';

/** A valid guide with extra frontmatter lines and a body. */
export function guide(extraFields = '', body = '1. Открой приложение.\n'): string {
  return `---\ntitle: Как открыть урок\nplatform: sferum\naudience: pupils\ndevice: any\ntopic: lesson\ngrades: [1, 9]\nminutes: 5\norder: 3\n${extraFields}---\n\n${body}`;
}

/** A guide step with a picture at guides/images/knopka.png. */
const PICTURE_STEP = '1. Нажми кнопку.\n\n   ![Кнопка «Войти» внизу экрана](images/knopka.png)\n';

export const gateCases: GateCase[] = [
  {
    // The `ics` package refused the link and the whole calendar, so the build, died in English.
    name: 'a lesson link with a space',
    files: { [LESSON]: replace('call_link=Aa1Bb2Cc3', 'call_link=Aa1 Bb2Cc3') },
    file: LESSON,
    at: 'call_link=Aa1 Bb2Cc3',
    message: 'в ссылке есть пробел',
  },
  {
    name: 'a meeting link with a space',
    files: { [MEETING]: replace('call_link=Zz9Yy8Xx7', 'call_link=Zz9 Yy8Xx7') },
    file: MEETING,
    at: 'call_link=Zz9 Yy8Xx7',
    message: 'в ссылке есть пробел',
  },
  {
    // A port of one digit is a valid URL that `ics` refuses.
    name: 'a meeting link with a one-digit port',
    files: { [MEETING]: replace('https://sferum.ru/', 'https://sferum.ru:8/') },
    file: MEETING,
    at: 'sferum.ru:8/',
    message: 'такую ссылку не примут календари',
  },
  {
    // Astro's YAML reader died with «unknown tag !<!secret>».
    name: 'a YAML tag in a frontmatter',
    files: { 'guides/extra.md': guide().replace('title: Как открыть урок', 'title: !secret Как открыть урок') },
    file: 'guides/extra.md',
    at: '!secret',
    message: 'пометка «!secret» в YAML здесь не нужна',
  },
  {
    // Astro built one of the two pages at /contacts/ and silently dropped the other.
    name: 'a free page named like a page of the site',
    files: { 'pages/contacts.md': '---\ntitle: Наши контакты\norder: 2\nnav: true\n---\n\nТекст.\n' },
    file: 'pages/contacts.md',
    at: '---',
    message: 'адрес /contacts/ уже занят самим сайтом',
  },
  {
    name: 'a class file named like the bells page',
    files: {
      'timetable/classes/bells.yaml': fixtureText('timetable/classes/6b.yaml'),
      'timetable/classes/6b.yaml': null,
      'staff/petrov-i-v.yaml': replace('classes: [5a, 6b]', 'classes: [5a, bells]'),
    },
    file: 'timetable/classes/bells.yaml',
    at: 'class:',
    message: 'адрес /timetable/bells/ уже занят самим сайтом',
  },
  {
    name: 'a contact whose card would replace the card of all contacts',
    files: { 'contacts.yaml': replace('id: psiholog', 'id: all') },
    file: 'contacts.yaml',
    at: 'id: all',
    message: 'адрес /contacts/all.vcf уже занят самим сайтом',
  },
  {
    name: 'a guide saved both as .md and as .mdx',
    files: { 'guides/sferum-vhod.mdx': guide() },
    file: 'guides/sferum-vhod.mdx',
    at: '---',
    message: 'одно имя, а значит, один адрес на сайте',
  },
  {
    // One calendar event per lesson and day: the build ran past its five-minute limit.
    name: 'a distance-learning period that ends in the year 9999',
    files: { 'school.yaml': replace('to: 2026-11-27', 'to: 9999-11-27') },
    file: 'school.yaml',
    at: 'to: 9999-11-27',
    message: 'период с 2026-11-16 по 9999-11-27 длиннее года',
  },
  {
    // The school's address is in every calendar event: `ics` refused them all.
    name: "the school's website with a one-digit port",
    files: { 'school.yaml': replace('website: https://school3-yurga.ru', 'website: https://school3-yurga.ru:8') },
    file: 'school.yaml',
    at: 'website:',
    message: 'такую ссылку не примут календари',
  },
  {
    // Word's line break (U+000B) in pasted text: the build went through, and rss.xml was not XML any more.
    name: 'an invisible control character pasted from Word into a notice',
    files: { 'announcements/2026-11-13-perehod.md': replace('Уроки проходят', 'Уроки\u000Bпроходят') },
    file: 'announcements/2026-11-13-perehod.md',
    at: '\u000B',
    message: 'в тексте невидимый служебный символ (U+000B)',
  },
  {
    name: 'a control character written as a YAML escape in a contact',
    files: { 'contacts.yaml': replace('title: Педагог-психолог школы', 'title: "Педагог-психолог\\a школы"') },
    file: 'contacts.yaml',
    at: 'title: "Педагог',
    message: 'в тексте невидимый служебный символ (U+0007)',
  },
  {
    // Astro reads every picture's size first: «Build failed with 1 error» (NoImageMetadata), in English.
    name: 'a text file saved as a .png picture',
    files: { 'guides/extra.md': guide('', PICTURE_STEP), 'guides/images/knopka.png': 'это не картинка\n' },
    file: 'guides/images/knopka.png',
    at: 'это не картинка',
    message: 'этот файл не картинка или он повреждён',
  },
  {
    name: 'an empty picture file (a download that failed)',
    files: { 'guides/extra.md': guide('', PICTURE_STEP), 'guides/images/knopka.png': new Uint8Array() },
    file: 'guides/images/knopka.png',
    at: '',
    message: 'файл картинки пуст',
  },
  {
    name: 'an SVG picture without width, height or viewBox',
    files: {
      'guides/extra.md': guide('', PICTURE_STEP.replace('knopka.png', 'knopka.svg')),
      'guides/images/knopka.svg': '<svg xmlns="http://www.w3.org/2000/svg"><rect width="10" height="10"/></svg>\n',
    },
    file: 'guides/images/knopka.svg',
    at: '<svg',
    message: 'у картинки SVG не удаётся узнать размер',
  },
  {
    // The renderer's stack overflowed («RangeError: Failed to parse Markdown file»); the build went on
    // and published the guide without its text.
    name: '5,000 quotes in quotes in a guide',
    files: { 'guides/extra.md': guide('', `1. Открой приложение.\n\n${'>'.repeat(5000)} текст\n`) },
    file: 'guides/extra.md',
    at: '>>>>',
    message: 'слишком глубокая вложенность',
  },
  {
    // The parser's time grows with the square of the run: the check and the build each took minutes.
    name: '20,000 stars in a row in a guide',
    files: { 'guides/extra.md': guide('', `1. ${'*'.repeat(20_000)}Важно${'*'.repeat(20_000)}\n`) },
    file: 'guides/extra.md',
    at: '1. ***',
    message: 'в строке подряд больше 64 звёздочек или подчёркиваний',
  },
];
