/**
 * The site's data: every collection loaded once, typed, and sorted the way pages show it. Pages ask
 * here instead of calling getCollection themselves, so ordering rules live in one place.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { buildDate } from '../lib/dates.ts';
import { collections as contentModel, contentDirFromEnv } from '../content-model/collections.ts';
import { readCollection } from '../content-model/read-collection.ts';
import { compareDotted } from '../lib/roadmap.ts';

/** An entry's id with its data. */
export type WithId<T> = T & { id: string };

async function entries<K extends CollectionKey>(name: K): Promise<CollectionEntry<K>[]> {
  return (await getCollection(name)) as CollectionEntry<K>[];
}

function withIds<E extends { id: string; data: object }>(list: E[]): WithId<E['data']>[] {
  return list.map((entry) => ({ ...(entry.data as E['data']), id: entry.id }));
}

/**
 * Astro's data store keeps entries sorted by id, but in list files (contacts, communication,
 * coordinators) the editor's order is the order of the page: the school's psychologist before the
 * national helpline, «10» after «9».
 */
function inFileOrder<T extends { id: string }>(name: 'contacts' | 'communication' | 'coordinators', list: T[]): T[] {
  const ids = readCollection(contentDirFromEnv(), name, contentModel[name]).entries.map((entry) => entry.id);
  return [...list].sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id));
}

const byOrder = <T extends { order: number; id: string }>(a: T, b: T) => a.order - b.order || a.id.localeCompare(b.id, 'ru');

async function loadAll() {
  const school = (await entries('school'))[0]?.data;
  if (!school) throw new Error('school.yaml не найден: запустите npm run check');
  const today = buildDate(school.timezone);
  return {
    school,
    /** The date the site is built for (school's time zone, or BUILD_DATE). */
    today,
    announcements: (await entries('announcements')).sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id)),
    contacts: inFileOrder('contacts', withIds(await entries('contacts'))),
    staff: withIds(await entries('staff')).sort((a, b) => a.name.localeCompare(b.name, 'ru')),
    platforms: withIds(await entries('platforms')).sort(
      (a, b) => Number(b.primary) - Number(a.primary) || a.name.localeCompare(b.name, 'ru'),
    ),
    requirements: (await entries('requirements'))[0]?.data,
    bells: (await entries('bells'))[0]!.data,
    classes: withIds(await entries('classes')).sort((a, b) => a.class.localeCompare(b.class, 'ru', { numeric: true })),
    /** Day-by-day timetable changes, by date (the file name). */
    changes: withIds(await entries('changes')).sort((a, b) => a.id.localeCompare(b.id)),
    meetings: withIds(await entries('meetings')).sort((a, b) => `${a.date} ${a.from}`.localeCompare(`${b.date} ${b.from}`)),
    communication: inFileOrder('communication', withIds(await entries('communication'))),
    guides: (await entries('guides')).sort((a, b) => byOrder({ ...a.data, id: a.id }, { ...b.data, id: b.id })),
    faq: (await entries('faq')).sort((a, b) => byOrder({ ...a.data, id: a.id }, { ...b.data, id: b.id })),
    documents: withIds(await entries('documents')).sort((a, b) => b.date.localeCompare(a.date)),
    roadmap: withIds(await entries('roadmap')).sort((a, b) => compareDotted(a.id, b.id)),
    coordinators: inFileOrder('coordinators', withIds(await entries('coordinators'))),
    pages: (await entries('pages')).sort((a, b) => byOrder({ ...a.data, id: a.id }, { ...b.data, id: b.id })),
  };
}

export type SiteData = Awaited<ReturnType<typeof loadAll>>;

let cached: Promise<SiteData> | undefined;

/** All the site's data, loaded once per build. */
export function loadSiteData(): Promise<SiteData> {
  if (import.meta.env.DEV) return loadAll();
  cached ??= loadAll();
  return cached;
}
