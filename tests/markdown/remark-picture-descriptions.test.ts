/** Each described picture of editors' Markdown is followed by its description as (normally hidden) text. */
import { expect, test } from 'vitest';
import { PICTURE_TEXT_CLASS, remarkPictureDescriptions } from '../../src/markdown/remark-picture-descriptions.ts';
import { renderMarkdown } from './render.ts';

test('a picture gets its description right after it; two pictures get one each', async () => {
  const html = await renderMarkdown(
    '1. Нажми **Войти**.\n\n   ![Кнопка «Войти» внизу](a.svg) и ![Поле для кода](b.svg)\n',
    '/c/guides/x.md',
    [remarkPictureDescriptions],
  );
  // Astro marks local pictures for its image pipeline (the alt travels in __ASTRO_IMAGE_); the text follows the <img>.
  expect(html).toMatch(
    new RegExp(`<img [^>]*a\\.svg[^>]*><span class="${PICTURE_TEXT_CLASS}">Картинка: Кнопка «Войти» внизу</span> и <img`),
  );
  expect(html.match(new RegExp(`class="${PICTURE_TEXT_CLASS}"`, 'g'))).toHaveLength(2);
  expect(html).toContain('Картинка: Поле для кода');
});

test('a picture without a description gets nothing (the checker asks the editor for one)', async () => {
  const html = await renderMarkdown('![](a.svg)\n', '/c/guides/x.md', [remarkPictureDescriptions]);
  expect(html).not.toContain(PICTURE_TEXT_CLASS);
});
