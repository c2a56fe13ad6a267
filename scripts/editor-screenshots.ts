/**
 * `npm run editor:screenshots [-- SITE_DIR]`: retakes the pictures of the browser editor used in the
 * editors' guide (docs/editor/*.png) with headless Chromium, from a built site (default `dist/`) and
 * the sample school, in the local mode (scripts/lib/editor-browser.ts). Run it after
 * upgrading @sveltia/cms, then look at the pictures.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.ts';
import { openLocalEditor, pickProjectFromOpfs } from './lib/editor-browser.ts';
import { serveSite } from './lib/static-server.ts';

const OUT = resolve('docs/editor');

async function shoot(page: Page, name: string): Promise<void> {
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/editor/${name}.png`);
}

const server = await serveSite(resolve(process.argv[2] ?? 'dist'));
const browser = await launchChromium();
try {
  mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ locale: 'ru-RU', viewport: { width: 1100, height: 680 } });
  const page = await context.newPage();
  const admin = `${server.url}admin/`;

  // The sign-in screen as a school sees it (the forge from EDITOR_*, and the local mode on this computer).
  await page.goto(admin);
  await page.getByRole('button', { name: 'Работать с локальным репозиторием' }).waitFor();
  await shoot(page, 'sign-in');

  await pickProjectFromOpfs(context);
  await openLocalEditor(page, admin);
  await page.goto(`${admin}#/collections/meetings`);
  await page.getByRole('grid').first().waitFor();
  await shoot(page, 'collections');

  const entries: Array<[string, string, string]> = [
    ['contacts', 'contacts/entries/contacts', 'Название'],
    ['timetable', 'classes/entries/5a', 'Название класса'],
    ['guide', 'guides/entries/sferum-s-telefona', 'Что помогает сделать'],
  ];
  for (const [name, path, field] of entries) {
    await page.goto(`${admin}#/collections/${path}`);
    await page.getByRole('textbox', { name: field, exact: true }).first().waitFor();
    // Past the first fields, to the lessons of Monday and the guide's text with a picture.
    const scroll = { contacts: 0, timetable: 700, guide: 1050 }[name] ?? 0;
    // The editor draws fields as they come into view, so scroll in steps.
    for (let done = 0; done < scroll; done += 350) {
      await page.getByRole('group', { name: /Редактировать содержимое/ }).evaluate((pane) => {
        const scroller = [pane, ...pane.querySelectorAll('*')].find(
          (element) => element.scrollHeight > element.clientHeight + 10 && /auto|scroll/.test(getComputedStyle(element).overflowY),
        );
        scroller?.scrollBy(0, 350);
      });
      await page.waitForTimeout(200);
    }
    await shoot(page, name);
  }

  // A save the editor refuses: a required field left empty, the error named beside the field.
  await page.goto(`${admin}#/collections/school/entries/school`);
  const phone = page.getByRole('textbox', { name: 'Телефон приёмной' });
  await phone.fill('');
  await page.getByRole('button', { name: 'Сохранить', exact: true }).click();
  await page.waitForTimeout(500);
  await shoot(page, 'refused');
} finally {
  await browser.close();
  await server.close();
}
