/**
 * What the search box shows when a question finds nothing at all, not even by a word's root: the
 * records of what this site exists for, so that a parent who typed something the site does not say
 * still lands one tap from help. The concepts are the site's mission (README, first paragraph: the
 * timetable and bells, hotline and psychologist phones, social help, minimum device requirements,
 * parent meetings, guides, the orders and the plan-schedule), each as the words the index holds for it
 * (the pages' own words and src/search/thesaurus.ts), most urgent first. Written from that list, not
 * from any question.
 */
import type { FoundRecord } from './match-words.ts';

export const MISSION_CONCEPTS: readonly string[] = [
  'горячая линия',
  'психолог',
  'телефон доверия',
  'социальный педагог',
  'техподдержка',
  'расписание звонков',
  'требования',
  'собрание',
  'инструкция',
  'приказ',
  'план-график',
];

/**
 * The first record of each concept, in the concepts' order, without repeats, at most `limit`: the
 * concepts a school's site lacks (no psychologist, say) are skipped.
 */
export async function missionRecords<Data>(
  search: (text: string) => Promise<FoundRecord<Data>[]>,
  limit: number,
): Promise<FoundRecord<Data>[]> {
  const found = await Promise.all(MISSION_CONCEPTS.map(search));
  const chosen = new Map<string, FoundRecord<Data>>();
  for (const results of found) {
    const first = results.find((record) => !chosen.has(record.id));
    if (first) chosen.set(first.id, first);
    if (chosen.size >= limit) break;
  }
  return [...chosen.values()];
}
