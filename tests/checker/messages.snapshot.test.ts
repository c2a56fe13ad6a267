/**
 * The exact words editors read, pinned: each case breaks one thing in a copy of the fixture and the
 * formatted lines (`path:line:column  field  message`) are compared with the snapshot. The temporary
 * folder is replaced by `<content>` so the snapshot is the same on every machine.
 */
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { formatProblem, formatSummary } from '../../src/checker/format.ts';
import { contentCopy, fixtureText, removeContentCopies, replace, windows1251, type FileChange } from '../helpers/content-fixture.ts';

afterAll(removeContentCopies);

/** The formatted problems of each case, under a `## case` heading, with the folder prefix removed. */
function catalogue(cases: Record<string, Record<string, FileChange>>): string {
  return Object.entries(cases)
    .map(([name, changes]) => {
      const dir = contentCopy(changes);
      const lines = checkContent(dir).problems.map((problem) => formatProblem(problem, dir).replaceAll(dir, '<content>'));
      return [`## ${name}`, ...lines].join('\n');
    })
    .join('\n');
}

describe('messages editors read', () => {
  test('rules 1–3', () => {
    expect(
      catalogue({
        'unknown key': { 'staff/petrov-i-v.yaml': replace('position:', 'positon:') },
        'wrong type': { 'faq/ocenki.md': replace('order: 1', 'order: первый') },
        'bad enum': { 'contacts.yaml': replace('kind: hotline', 'kind: hotlin') },
        'list for a map': { 'school.yaml': '- name: Школа\n' },
        'unknown teacher': { 'timetable/classes/5a.yaml': replace('teacher: petrov-i-v', 'teacher: petrow-i-v') },
        'surname only': { 'communication.yaml': replace('responsible: petrov-i-v', 'responsible: petrov') },
        'unknown order': { 'school.yaml': replace('order: prikaz-o-dot', 'order: prikaz') },
        'no primary': { 'platforms/sferum.yaml': replace('primary: true', 'primary: false') },
      }),
    ).toMatchInlineSnapshot(`
      "## unknown key
      <content>/staff/petrov-i-v.yaml:1:1  position  нет обязательного поля «position» — добавьте его по образцу (см. руководство редактора)
      <content>/staff/petrov-i-v.yaml:2:1  positon  неизвестное поле «positon» — возможно, имелось в виду «position»
      ## wrong type
      <content>/faq/ocenki.md:4:8  order  ожидалось число, а указано: текст — напишите число без кавычек
      ## bad enum
      <content>/contacts.yaml:2:9  kind  недопустимое значение «hotlin» — возможно, имелось в виду «hotline»; вид контакта — hotline, psychologist, social, administration, it-support, email или other
      ## list for a map
      <content>/school.yaml:1:1  —  ожидался набор полей «имя: значение», а указан список — уберите «- » перед полями
      ## unknown teacher
      <content>/timetable/classes/5a.yaml:14:16  days.mon[1].teacher  нет сотрудника «petrow-i-v» — возможно, имелось в виду «petrov-i-v»; идентификатор — это имя файла в папке staff/ без .yaml
      ## surname only
      <content>/communication.yaml:15:16  responsible  нет сотрудника «petrov» — возможно, имелось в виду «petrov-i-v»; идентификатор — это имя файла в папке staff/ без .yaml
      ## unknown order
      <content>/school.yaml:13:10  distanceLearning.order  нет документа «prikaz» — возможно, имелось в виду «prikaz-o-dot»; идентификатор — это поле id в documents.yaml
      ## no primary
      <content>/platforms/moya-shkola.yaml:4:10  primary  ни одна платформа не отмечена как основная — поставьте primary: true у той, которой школа пользуется в первую очередь"
    `);
  });

  test('rules 4–7', () => {
    expect(
      catalogue({
        'period not in shift': { 'timetable/classes/6b.yaml': replace('period: 2', 'period: 5') },
        'teacher in two places': {
          'timetable/classes/6b.yaml': replace(
            'subject: Математика\n      teacher: petrov-i-v',
            'subject: Математика\n      teacher: ivanova-m-p',
          ),
        },
        '25:00': { 'timetable/bells.yaml': replace('to: "09:00"', 'to: "25:00"') },
        '2026-02-30': { 'meetings/2026-11-19-5a.yaml': replace('date: 2026-11-19', 'date: 2026-02-30') },
        'from after to': { 'meetings/2026-11-19-5a.yaml': replace('to: "18:45"', 'to: "17:45"') },
        phone: { 'contacts.yaml': replace('"8 (38451) 4-12-35"', '"8 (38451) 4-12-3"') },
        'e-mail': { 'school.yaml': replace('email: school3@school3-yurga.ru', 'email: school3@') },
        http: { 'school.yaml': replace('website: https://', 'website: http://') },
        'staff phone without consent': { 'staff/petrov-i-v.yaml': (text) => `${text}phone: "+7 905 123-45-67"\n` },
      }),
    ).toMatchInlineSnapshot(`
      "## period not in shift
      <content>/timetable/classes/6b.yaml:11:15  days.mon[1].period  урока № 5 нет в смене 1 (timetable/bells.yaml) — укажите номер от 1 до 3 или добавьте урок в звонки
      ## teacher in two places
      <content>/timetable/classes/6b.yaml:8:16  days.mon[0].teacher  учитель «ivanova-m-p» в это же время (понедельник, 1-й урок, смена 1) ведёт урок в классе «5a» — поставьте другого учителя, перенесите урок или, если это один урок для нескольких классов, напишите withClasses: [5a]
      ## 25:00
      <content>/timetable/bells.yaml:5:35  shifts[0].periods[0].to  такого времени не бывает — напишите время в виде "ЧЧ:ММ" от "00:00" до "23:59", например "08:30"
      ## 2026-02-30
      <content>/meetings/2026-11-19-5a.yaml:2:7  date  такой даты нет в календаре — напишите дату в виде ГГГГ-ММ-ДД, например 2026-11-16
      ## from after to
      <content>/meetings/2026-11-19-5a.yaml:4:5  to  время окончания 17:45 не позже начала 18:00 — поменяйте местами или исправьте время
      ## phone
      <content>/contacts.yaml:5:7  phones[0]  это не похоже на российский номер телефона — проверьте количество цифр: "8 (3843) 36-43-66", "+7 905 123-45-67" или короткий номер вроде "112"
      ## e-mail
      <content>/school.yaml:5:8  email  это не адрес электронной почты — напишите его целиком, например school@example.ru
      ## http
      <content>/school.yaml:6:10  website  ссылка должна быть полной и начинаться с https:// — скопируйте её из адресной строки браузера
      ## staff phone without consent
      <content>/staff/petrov-i-v.yaml:12:8  phone  личный телефон можно публиковать только с письменного согласия (152-ФЗ, ст. 10.1) — добавьте consent: {date: ГГГГ-ММ-ДД, scope: "…"} или удалите phone"
    `);
  });

  test('files that cannot be read', () => {
    expect(
      catalogue({
        empty: { 'contacts.yaml': '' },
        binary: { 'staff/petrov-i-v.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) },
        'Windows-1251': { 'pages/devices.md': windows1251(fixtureText('pages/devices.md')) },
        tab: { 'platforms/moya-shkola.yaml': replace('primary: false', 'support:\n\tphone: "112"\nprimary: false') },
        'YAML syntax': { 'documents.yaml': replace('kind: order', 'kind: order: x') },
        'no frontmatter': { 'faq/ocenki.md': 'Просто текст\n' },
        'no steps': { 'guides/domashnee-zadanie.md': (text) => text.replace(/^\d\. /gm, '- ') },
        'contact.yaml': { 'contact.yaml': 'x: 1\n' },
        '.yml': { 'staff/sidorova-a-a.yml': 'x: 1\n' },
      }),
    ).toMatchInlineSnapshot(`
      "## empty
      <content>/contacts.yaml:1:1  —  файл пуст — заполните его по образцу или удалите
      ## binary
      <content>/staff/petrov-i-v.yaml:1:1  —  это не текстовый файл (похоже на картинку или документ) — сохраните его как обычный текст или уберите из папки content
      ## Windows-1251
      <content>/pages/devices.md:1:1  —  файл сохранён не в кодировке UTF-8 (вероятно, Windows-1251) — откройте его в редакторе и сохраните как «UTF-8»
      ## tab
      <content>/platforms/moya-shkola.yaml:5:1  —  в отступе стоит табуляция — в YAML отступы делаются только пробелами (по два на уровень)
      ## YAML syntax
      <content>/documents.yaml:3:9  —  в значении есть двоеточие с пробелом — возьмите всё значение в кавычки: title: "Сферум: как войти"
      ## no frontmatter
      <content>/faq/ocenki.md:1:1  —  в начале файла нет блока полей между строками «---» — начните файл со строки «---», перечислите поля (title: …) и закройте блок строкой «---»
      ## no steps
      <content>/guides/domashnee-zadanie.md:11:1  —  в инструкции нет нумерованных шагов — запишите шаги списком «1. …», «2. …», по одному действию в шаге
      ## contact.yaml
      <content>/contact.yaml:1:1  —  файл не относится ни к одному разделу сайта — возможно, имелось в виду «contacts.yaml»
      ## .yml
      <content>/staff/sidorova-a-a.yml:1:1  —  файл не относится ни к одному разделу сайта — переименуйте файл: расширение должно быть .yaml"
    `);
  });

  test('warning', () => {
    expect(catalogue({ 'no psychologist': { 'contacts.yaml': (text) => text.slice(0, text.indexOf('\n- id: psiholog')) + '\n' } }))
      .toMatchInlineSnapshot(`
      "## no psychologist
      <content>/contacts.yaml  —  предупреждение: нет телефона психологической поддержки (kind: psychologist) — добавьте школьного психолога или детский телефон доверия 8-800-2000-122"
    `);
  });

  test('the summary line, with Russian plurals', () => {
    expect(
      [formatSummary(0, 0, 20, 96.4), formatSummary(1, 1, 1, 5), formatSummary(3, 2, 22, 1000), formatSummary(11, 5, 104, 12.6)].join('\n'),
    ).toMatchInlineSnapshot(`
      "Проверка пройдена: 0 ошибок, 0 предупреждений; проверено 20 файлов за 96 мс.
      Проверка не пройдена: 1 ошибка, 1 предупреждение; проверено 1 файл за 5 мс.
      Проверка не пройдена: 3 ошибки, 2 предупреждения; проверено 22 файла за 1000 мс.
      Проверка не пройдена: 11 ошибок, 5 предупреждений; проверено 104 файла за 13 мс."
    `);
  });
});
