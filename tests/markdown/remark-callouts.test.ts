/** Quotes starting «Совет.» or «Важно.» become tips and warnings; other quotes stay quotes. */
import { describe, expect, test } from 'vitest';
import { CALLOUT_CLASS, calloutKinds, remarkCallouts } from '../../src/markdown/remark-callouts.ts';
import { renderMarkdown } from './render.ts';

const render = (markdown: string) => renderMarkdown(markdown, '/c/faq/a.md', [remarkCallouts]);

describe('remarkCallouts', () => {
  test.each([
    ['> **Совет.** Фотографируй при дневном свете.', calloutKinds.Совет],
    ['> Совет: выключи камеру.', calloutKinds.Совет],
    ['> **Важно!** Не звоните на личные номера.', calloutKinds.Важно],
    ['> *Важно.* Справка нужна.', calloutKinds.Важно],
  ])('%s', async (markdown, kind) => {
    expect(await render(markdown)).toContain(`<blockquote class="${CALLOUT_CLASS} ${kind}">`);
  });

  test.each([['> Просто цитата.'], ['> Советский район — не совет.'], ['Совет. Абзац, а не цитата.']])(
    '%s stays as it is',
    async (markdown) => {
      expect(await render(markdown)).not.toContain(CALLOUT_CLASS);
    },
  );
});
