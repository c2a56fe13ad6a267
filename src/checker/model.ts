/** The content after validation: every collection's entries with typed data and their positions. */
import type { z } from 'astro/zod';
import type { CollectionName, collections } from '../content-model/collections.ts';
import type { RawEntry } from '../content-model/read-collection.ts';

/** A validated entry: its typed data and where it came from. */
export type Checked<T> = Omit<RawEntry, 'data'> & { data: T };

/** The data type of one collection's entries. */
export type DataOf<K extends CollectionName> = z.output<ReturnType<(typeof collections)[K]['schema']>>;

/** All valid entries, by collection. Entries that failed validation are left out. */
export type ContentModel = { [K in CollectionName]: Checked<DataOf<K>>[] };
