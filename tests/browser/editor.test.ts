/**
 * The browser editor as `npm run build` makes it: Chromium opens /admin/ of the built sample school in
 * the local mode, on a project folder holding the sample school (only the folder dialog is replaced,
 * see scripts/lib/editor-browser.ts), finds every collection of the content model, opens one entry
 * of each kind of storage and finds its fields filled from the files; what it saves passes the
 * project's checker; and nothing is asked of another site.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { COLLECTION_LABELS } from '../../src/editor/labels.ts';
import { hasChromium } from '../../scripts/lib/chromium.ts';
import { openLocalEditor, pickProjectFromOpfs, readProjectFile, revealListItems } from '../../scripts/lib/editor-browser.ts';
import { sampleContent } from '../helpers/sample-content.ts';
import { useSiteBrowser } from '../helpers/site-browser.ts';

/** The checker's errors on the sample school with some files replaced (path inside content/ → text). */
function errorsWith(files: Record<string, string>) {
  const copy = mkdtempSync(join(tmpdir(), 'school-editor-'));
  try {
    cpSync('content', copy, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(copy, file), text);
    return checkContent(copy).problems.filter((problem) => problem.severity === 'error');
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** How many Markdown pictures a file shows (the editor draws one <img> for each). */
function countPictures(file: string): number {
  return readFileSync(file, 'utf8').match(/!\[[^\]]*\]\([^)]+\)/g)?.length ?? 0;
}

describe.skipIf(!hasChromium)('browser editor (/admin/)', () => {
  const site = useSiteBrowser();
  const sample = sampleContent();
  let context: BrowserContext;
  let page: Page;
  let origin: string;
  const foreign: string[] = [];
  const policyViolations: string[] = [];

  beforeAll(async () => {
    origin = new URL(site.server.url).origin;
    context = await site.browser.newContext({ locale: 'ru-RU', viewport: { width: 1280, height: 6000 } });
    context.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
    });
    await context.route(
      (url) => url.origin !== origin,
      (route) => route.abort(),
    );
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.text().includes('Content Security Policy')) policyViolations.push(message.text());
    });
    await pickProjectFromOpfs(context);
    await openLocalEditor(page, `${site.server.url}admin/`);
  });

  afterAll(async () => {
    await context?.close();
  });

  /** Opens an entry by its address in the editor and waits for its first field. */
  async function openEntry(collection: string, entry: string, firstField: string) {
    await page.goto(`${site.server.url}admin/#/collections/${collection}/entries/${entry}`);
    const field = page.getByRole('textbox', { name: firstField, exact: true }).first();
    await field.waitFor();
    return field;
  }

  test('every collection of the content model is listed, in Russian, with its entries counted', async () => {
    const tree = page.getByRole('tree', { name: 'Список коллекций' });
    const counts: Record<string, number> = {
      staff: sample.staff.length,
      guides: sample.guides.length,
      classes: sample.classes.length,
      school: 1,
      contacts: 1,
    };
    for (const [name, label] of Object.entries(COLLECTION_LABELS)) {
      const item = tree.getByRole('treeitem', { name: label, exact: true });
      await expect(item.count(), label).resolves.toBe(1);
      if (counts[name] !== undefined) expect(await item.innerText()).toContain(String(counts[name]));
    }
    expect(await tree.getByRole('treeitem').count()).toBe(Object.keys(COLLECTION_LABELS).length);
  });

  test('a single file (school.yaml): its fields are filled, dates and selects included', async () => {
    const name = await openEntry('school', 'school', 'Полное официальное название');
    expect(await name.inputValue()).toBe(sample.school.name);
    expect(await page.getByRole('textbox', { name: 'Телефон приёмной' }).inputValue()).toBe(sample.school.phone);
    // A reference shows the title of the document it names; a date is a date picker holding the file's date.
    const order = sample.documents.find((document) => document.id === sample.school.distanceLearning.order)!;
    expect(await page.getByRole('combobox', { name: 'Приказ о переходе' }).innerText()).toContain(order.title);
    const from = page
      .getByRole('group', { name: /Поле «.*Первый день дистанционного обучения/ })
      .locator('input')
      .first();
    expect(await from.getAttribute('type')).toBe('date');
    expect(await from.inputValue()).toBe(sample.school.distanceLearning.from);
    expect(await page.getByRole('switch', { name: 'Сейчас идёт дистанционное обучение' }).isChecked()).toBe(
      sample.school.distanceLearning.active,
    );
  });

  test('a list file (contacts.yaml): one item per contact, each with its fields', { timeout: 120_000 }, async () => {
    await openEntry('contacts', 'contacts', 'Название');
    await expect(page.getByText(`${sample.contacts.length} Контакты`).count()).resolves.toBeGreaterThan(0);
    // The editor draws an item only when it scrolls into view: scroll down the whole list first.
    await revealListItems(page);
    const titles = await page
      .getByRole('textbox', { name: 'Название', exact: true })
      .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(titles).toEqual(sample.contacts.map((contact) => contact.title));
    // Every contact's own list is there too: its hours, in the file's order.
    const froms = await page
      .getByRole('group', { name: /Поле «.*С какого времени/ })
      .evaluateAll((groups) => groups.map((group) => group.querySelector('input')?.value));
    expect(froms).toEqual(sample.contacts.flatMap((contact) => contact.hours.map((hours) => hours.from)));
    // Times are time pickers holding the file's "08:00".
    const firstFrom = page
      .getByRole('group', { name: /Поле «.*С какого времени/ })
      .locator('input')
      .first();
    expect(await firstFrom.getAttribute('type')).toBe('time');
    expect(await firstFrom.inputValue()).toBe(sample.contacts[0]!.hours[0]!.from);
    const kind = page.getByRole('group', { name: /Поле «.*Вид контакта/ }).first();
    expect(await kind.innerText()).toContain('горячая линия по дистанционному обучению');
  });

  test('a folder of files (staff/): the file of one teacher', async () => {
    const person = sample.staff[0]!;
    const name = await openEntry('staff', person.id, 'ФИО полностью');
    expect(await name.inputValue()).toBe(person.name);
    expect(await page.getByRole('textbox', { name: 'Должность' }).inputValue()).toBe(person.position);
  });

  test('a Markdown guide: header fields, the text, and its pictures', async () => {
    const guide = sample.guides.find((entry) => entry.id === 'sferum-s-telefona')!;
    const title = await openEntry('guides', guide.id, 'Что помогает сделать');
    expect(await title.inputValue()).toBe(guide.title);
    const text = page.getByRole('group', { name: /Поле «.*Текст/ }).first();
    await expect(text.innerText()).resolves.toContain('Открой на телефоне магазин приложений');
    // The step's picture is shown from guides/images/ (the same folder new pictures are saved to).
    // (its address is set once the file is read, a moment after the picture appears)
    await expect.poll(async () => (await text.locator('img').first().getAttribute('src')) ?? '', { timeout: 15_000 }).toMatch(/^blob:/);
  });

  test(
    'what the editor saves passes the checker: a single file, a list file, a folder file and a guide',
    { timeout: 300_000 },
    async () => {
      const edits = [
        { collection: 'school', entry: 'school', field: 'Короткое название для шапки сайта', file: 'school.yaml', pictures: 0 },
        { collection: 'contacts', entry: 'contacts', field: 'Название', file: 'contacts.yaml', pictures: 0 },
        { collection: 'meetings', entry: '2026-11-19-1a', field: 'Тема собрания', file: 'meetings/2026-11-19-1a.yaml', pictures: 0 },
        {
          collection: 'guides',
          entry: 'sferum-s-telefona',
          field: 'Что помогает сделать',
          file: 'guides/sferum-s-telefona.md',
          pictures: countPictures('content/guides/sferum-s-telefona.md'),
        },
      ];
      const saved: Record<string, string> = {};
      for (const edit of edits) {
        // A guide's text field reads its pictures after it appears and then writes the text back into
        // the draft: a title typed before that is lost on save (seen in CI). A teacher types after the
        // page has settled, so the test waits for every picture of the text to be read first; under a
        // loaded machine the editor sometimes never draws them, and the entry is then opened again.
        const pictures = page.getByRole('group', { name: /Поле «.*Текст/ }).locator('img');
        const allRead = async () =>
          (await pictures.evaluateAll((images) => images.map((image) => (image as HTMLImageElement).src.startsWith('blob:')))).join() ===
          Array.from({ length: edit.pictures }, () => true).join();
        let field = await openEntry(edit.collection, edit.entry, edit.field);
        for (let attempt = 1; !(await allRead()); attempt++) {
          if (attempt > 3) throw new Error(`Редактор не показал ${edit.pictures} картинки записи ${edit.entry} за три открытия`);
          const deadline = Date.now() + 15_000;
          while (!(await allRead()) && Date.now() < deadline) await page.waitForTimeout(250);
          if (!(await allRead())) {
            // Away to the collection's list and back (a reload would ask for the project folder again).
            await page.goto(`${site.server.url}admin/#/collections/${edit.collection}`);
            field = await openEntry(edit.collection, edit.entry, edit.field);
          }
        }
        // Typing into a field the moment it appears can go unnoticed while the editor still fills its
        // draft (the Save button then stays disabled, seen in CI): the text is typed again until the
        // editor takes it, as a teacher would retype.
        const changed = `${await field.inputValue()} (изменено)`;
        const save = page.getByRole('button', { name: 'Сохранить', exact: true });
        await expect
          .poll(
            async () => {
              if (await save.isEnabled()) return true;
              // Emptied first, so that the editor sees the text change even when the box already
              // shows it (the draft may have been filled again under the typed text).
              await field.fill('');
              await field.fill(changed);
              return false;
            },
            { timeout: 45_000, interval: 1_000 },
          )
          .toBe(true);
        expect(await field.inputValue()).toBe(changed);
        await save.click();
        await expect.poll(() => readProjectFile(page, `content/${edit.file}`), { timeout: 20_000 }).toContain('(изменено)');
        // The save is over when the editor closes itself, a moment after the file is written (Sveltia
        // still updates its lists): the next entry is opened only then, as a teacher would.
        await page.waitForURL((url) => !url.hash.includes(`/entries/${edit.entry}`), { timeout: 20_000 });
        saved[edit.file] = await readProjectFile(page, `content/${edit.file}`);
      }
      expect(errorsWith(saved)).toEqual([]);
      // Control: the same check does catch a broken save (so the line above can fail).
      expect(
        errorsWith({ 'meetings/2026-11-19-1a.yaml': saved['meetings/2026-11-19-1a.yaml']!.replace(/^from: ".*"$/m, 'from: "25:00"') }),
      ).not.toEqual([]);
      // Times stay text in quotes, as the editors' guide asks ("18:00", not a number in old YAML readers).
      expect(saved['meetings/2026-11-19-1a.yaml']).toMatch(/^from: "\d\d:\d\d"$/m);
    },
  );

  test(
    'a picture added to a guide is saved into guides/images/ and linked as images/…, which the checker accepts',
    { timeout: 120_000 },
    async () => {
      const picture = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#2a7"/></svg>\n';
      await openEntry('guides', 'videourok', 'Что помогает сделать');
      const text = page.getByRole('group', { name: /Поле «.*Текст/ }).first();
      await text.getByRole('button', { name: 'Изображение', exact: true }).click();
      const block = text.getByRole('group', { name: 'Изображение' }).last();
      await block
        .locator('input[type=file]')
        .first()
        .setInputFiles({ name: 'knopka-zvuk.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(picture) });
      await block.getByRole('textbox', { name: 'Альтернативный текст' }).fill('Зелёная кнопка со значком микрофона');
      await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
      await expect
        .poll(() => readProjectFile(page, 'content/guides/videourok.md'), { timeout: 10_000 })
        .toContain('](images/knopka-zvuk.svg)');
      expect(await readProjectFile(page, 'content/guides/images/knopka-zvuk.svg')).toBe(picture);
      expect(
        errorsWith({
          'guides/videourok.md': await readProjectFile(page, 'content/guides/videourok.md'),
          'guides/images/knopka-zvuk.svg': picture,
        }),
      ).toEqual([]);
    },
  );

  test('nothing is asked of another site, and the page policy was never needed', () => {
    expect(foreign).toEqual([]);
    expect(policyViolations).toEqual([]);
  });
});
