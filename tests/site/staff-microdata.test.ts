/**
 * «Педагогический состав» marked up as Rosobrnadzor's recommendations for school sites ask:
 * `itemprop="teachingStaff"` per pedagogical worker, holding `fio`, `post`, `teachingDiscipline`.
 * The staff page is read with parse5 and its microdata extracted by the HTML standard's rules
 * (an item's properties are the `itemprop` elements under its `itemscope`, not inside a nested one),
 * then compared with content/staff/.
 */
import { join } from 'node:path';
import { describe, expect, inject, test } from 'vitest';
import { attr, findAll, parseHtmlFile, rawText, type HtmlNode } from '../helpers/html-tree.ts';
import { sampleContent } from '../helpers/sample-content.ts';

interface Item {
  element: HtmlNode;
  properties: Map<string, string[]>;
  nested: Map<string, Item[]>;
}

const has = (node: HtmlNode, name: string) => node.attrs?.some((a) => a.name === name) ?? false;

/** An item's properties, by the HTML standard's microdata rules (no itemref in this site). */
function itemOf(element: HtmlNode): Item {
  const item: Item = { element, properties: new Map(), nested: new Map() };
  const visit = (node: HtmlNode) => {
    for (const child of node.childNodes ?? []) {
      const names = (attr(child, 'itemprop') ?? '').split(/\s+/).filter(Boolean);
      for (const name of names) {
        if (has(child, 'itemscope')) item.nested.set(name, [...(item.nested.get(name) ?? []), itemOf(child)]);
        else item.properties.set(name, [...(item.properties.get(name) ?? []), rawText(child).replace(/\s+/g, ' ').trim()]);
      }
      if (!has(child, 'itemscope')) visit(child);
    }
  };
  visit(element);
  return item;
}

const site = inject('sampleSite');
const content = sampleContent();
const document = parseHtmlFile(join(site, 'staff', 'index.html'));
/** Top-level items: an itemscope that is not itself some item's property. */
const items = findAll(document, (node) => has(node, 'itemscope') && !has(node, 'itemprop')).map(itemOf);
const teachingStaff = items.flatMap((item) => item.nested.get('teachingStaff') ?? []);
/** Pedagogical workers: teachers, specialists (psychologist, social pedagogue…) and anyone teaching a subject. */
const pedagogical = content.staff.filter(
  (person) => person.group === 'teacher' || person.group === 'specialist' || person.subjects.length > 0,
);

describe('staff microdata (Rosobrnadzor, «Педагогический состав»)', () => {
  test('every pedagogical worker is one teachingStaff item, and nobody else is', () => {
    expect(pedagogical.length).toBeGreaterThan(3);
    expect(teachingStaff.map((item) => attr(item.element, 'id')).sort()).toEqual(pedagogical.map((person) => person.id).sort());
  });

  test('each item has its fio and post exactly as in content/, and its subjects as teachingDiscipline', () => {
    for (const person of pedagogical) {
      const item = teachingStaff.find((candidate) => attr(candidate.element, 'id') === person.id)!;
      expect(item.properties.get('fio'), person.id).toEqual([person.name]);
      expect(item.properties.get('post'), person.id).toEqual([person.position]);
      if (person.subjects.length > 0) expect(item.properties.get('teachingDiscipline'), person.id).toEqual([person.subjects.join(', ')]);
      else expect(item.properties.has('teachingDiscipline'), person.id).toBe(false);
    }
  });

  test('values are machine-readable: no soft hyphens from the build inside them', () => {
    const values = findAll(document, (node) => has(node, 'itemprop') && !has(node, 'itemscope'));
    expect(values.length).toBeGreaterThan(pedagogical.length);
    for (const node of values) {
      const walk = (n: HtmlNode): string => (n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(walk).join(''));
      expect(walk(node)).not.toContain('\u00ad');
    }
  });

  test('every itemprop belongs to an item (valid microdata)', () => {
    const orphans = findAll(document, (node) => has(node, 'itemprop')).filter((node) => {
      const ancestors: HtmlNode[] = [];
      const find = (n: HtmlNode, path: HtmlNode[]): boolean => {
        if (n === node) return (ancestors.push(...path), true);
        return (n.childNodes ?? []).some((child) => find(child, [...path, n]));
      };
      find(document, []);
      return !ancestors.some((ancestor) => has(ancestor, 'itemscope'));
    });
    expect(orphans).toEqual([]);
  });
});
