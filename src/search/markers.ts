/** Attributes the pages put on search items for the indexer (src/search/split-page.ts) to read. */

/** An item that weighs less in search wherever it stands, e.g. another organisation's line among the school's. */
export const SECONDARY_ATTRIBUTE = 'data-search-secondary';
/**
 * Text that says what an item is besides its title — a person's position under their name: it names
 * the record like its title («учитель математики» is that teacher's own record, not a mention).
 */
export const NAMES_ATTRIBUTE = 'data-search-names';
/**
 * What an item is, in words it does not show itself: the heading of the group it stands under on its
 * page («Техническая поддержка» above a card titled «Помощь с компьютерами и связью»). The attribute's
 * value names the item like its title does.
 */
export const KIND_ATTRIBUTE = 'data-search-kind';

/**
 * A Pagefind filter on the school's own card on the contacts page (its phone, e-mail, address): «телефон
 * школы» asks for that card, which no word of it names (its title is the school's name, and «школа» is
 * a stop word). The filter has no label, so the search page shows no control for it.
 */
export const OWN_CARD_FILTER = { name: 'own', school: 'school' } as const;
