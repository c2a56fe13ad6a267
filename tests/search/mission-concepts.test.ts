/**
 * The catch-all of a question that finds nothing (src/search/query/mission-concepts.ts): the records of
 * the site's mission, one per concept, in the mission's order.
 */
import { describe, expect, test } from 'vitest';
import type { FoundRecord } from '../../src/search/query/find-records.ts';
import { MISSION_CONCEPTS, missionRecords } from '../../src/search/query/mission-concepts.ts';

const recordsFor = (found: Record<string, string[]>) => async (text: string) =>
  (found[text] ?? []).map((id): FoundRecord<string> => ({ id, score: 1, data: async () => id }));

describe('missionRecords', () => {
  test('the hotline and the psychologist come first, one record per concept, without repeats', async () => {
    const search = recordsFor({
      'горячая линия': ['hotline', 'faq'],
      психолог: ['psychologist', 'hotline'],
      'телефон доверия': ['psychologist', 'helpline'],
      'расписание звонков': ['bells'],
    });
    expect((await missionRecords(search, 8)).map((record) => record.id)).toEqual(['hotline', 'psychologist', 'helpline', 'bells']);
  });

  test('no more than asked for, and nothing when the site has none of the concepts', async () => {
    const everything = async () => ['a', 'b', 'c', 'd'].map((id): FoundRecord<string> => ({ id, score: 1, data: async () => id }));
    expect(await missionRecords(everything, 3)).toHaveLength(3);
    expect(await missionRecords(recordsFor({}), 8)).toEqual([]);
  });

  test('the concepts begin with the help a family may need at once', () => {
    expect(MISSION_CONCEPTS.slice(0, 2)).toEqual(['горячая линия', 'психолог']);
  });
});
