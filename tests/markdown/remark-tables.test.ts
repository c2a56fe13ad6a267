/** Markdown tables: a focusable scrolling region, header cells with scope, body cells with their column's name. */
import { describe, expect, test } from 'vitest';
import { remarkTables, TABLE_WRAP_CLASS } from '../../src/markdown/remark-tables.ts';
import { renderMarkdown } from './render.ts';

describe('remarkTables', () => {
  test('wraps, scopes and labels', async () => {
    const html = await renderMarkdown('| Вопрос | Телефон |\n|---|---|\n| Выдача | 8 (3843) 36-43-74 |\n', '/c/pages/devices.md', [
      remarkTables,
    ]);
    expect(html).toContain(`<section class="${TABLE_WRAP_CLASS}" tabindex="0" aria-label="Таблица: Вопрос, Телефон"><table>`);
    expect(html).toContain('<th scope="col">Вопрос</th>');
    expect(html).toContain('<td data-label="Телефон">8 (3843) 36-43-74</td>');
    expect(html).toMatch(/<\/table><\/section>/);
  });
});
