/** Lists shown under headings in a fixed order (contacts by kind, staff by group, …). */

export interface Group<K extends string, T> {
  key: K;
  items: T[];
}

/**
 * The items grouped by `keyOf`, groups in the order of `order`, empty groups left out, and the
 * items' own order kept inside each group. Items whose key is not in `order` are not shown.
 */
export function groupInOrder<K extends string, T>(items: readonly T[], order: readonly K[], keyOf: (item: T) => K): Group<K, T>[] {
  return order.map((key) => ({ key, items: items.filter((item) => keyOf(item) === key) })).filter((group) => group.items.length > 0);
}
