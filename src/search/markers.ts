/** Attributes the pages put on search items for the indexer (src/search/split-page.ts) to read. */

/** An item that weighs less in search wherever it stands, e.g. another organisation's line among the school's. */
export const SECONDARY_ATTRIBUTE = 'data-search-secondary';
/**
 * Text that says what an item is besides its title — a person's position under their name: it names
 * the record like its title («учитель математики» is that teacher's own record, not a mention).
 */
export const NAMES_ATTRIBUTE = 'data-search-names';
