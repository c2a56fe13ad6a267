/** Attributes the pages put on search items for the indexer (src/search/split-page.ts) to read. */

/** An item that weighs less in search wherever it stands, e.g. another organisation's line among the school's. */
export const SECONDARY_ATTRIBUTE = 'data-search-secondary';
