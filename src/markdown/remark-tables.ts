/**
 * Tables from Markdown that work on a phone and for a screen reader: each table sits in a scrollable,
 * keyboard-focusable region (the site's `.table-wrap`), header cells get `scope="col"`, and body cells
 * carry their column's name (`data-label`) so a narrow screen can show each row as a small card.
 */
import type { Root, RootContent, Table } from 'mdast';

export const TABLE_WRAP_CLASS = 'table-wrap';

function textOf(node: RootContent): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) return (node.children as RootContent[]).map(textOf).join('');
  return '';
}

/** The region's name, so a screen reader says what scrolls: «Таблица: Вопрос, Кто поможет…». */
function labelOf(table: Table): string {
  const header = table.children[0]?.children.map(textOf).filter(Boolean) ?? [];
  return header.length > 0 ? `Таблица: ${header.join(', ')}` : 'Таблица';
}

/** Wraps every top-level table and marks its header row. */
export function wrapTables(tree: Root): void {
  tree.children = tree.children.map((node) => {
    if (node.type !== 'table') return node;
    const [header, ...rows] = node.children;
    const names = header?.children.map(textOf) ?? [];
    for (const cell of header?.children ?? []) {
      cell.data = { ...cell.data, hProperties: { ...cell.data?.hProperties, scope: 'col' } };
    }
    for (const row of rows) {
      row.children.forEach((cell, column) => {
        if (names[column]) cell.data = { ...cell.data, hProperties: { ...cell.data?.hProperties, dataLabel: names[column] } };
      });
    }
    // An unknown node with `hName` becomes that element around its children (mdast-util-to-hast).
    const region = {
      type: 'tableWrap',
      // A named <section> is the native region landmark a screen reader can announce and a keyboard can scroll.
      data: { hName: 'section', hProperties: { className: [TABLE_WRAP_CLASS], tabIndex: 0, ariaLabel: labelOf(node) } },
      children: [node],
    };
    return region as unknown as RootContent;
  });
}

export function remarkTables() {
  return (tree: Root) => wrapTables(tree);
}
