/** The fixture school every checker test breaks a copy of: it must itself be clean. */
import { afterAll, describe, expect, test } from 'vitest';
import { checkContent } from '../../src/checker/check-content.ts';
import { contentCopy, MINIMAL_SCHOOL, removeContentCopies } from '../helpers/content-fixture.ts';
import { describeProblems } from './support.ts';

afterAll(removeContentCopies);

describe('tests/fixtures/minimal-school', () => {
  test('passes the checker with no errors and no warnings', () => {
    const { problems, fileCount } = checkContent(MINIMAL_SCHOOL);
    expect(problems, describeProblems(problems)).toEqual([]);
    expect(fileCount).toBe(20);
  });

  test('holds every collection of the contract, with the counts the tests rely on', () => {
    const { model } = checkContent(MINIMAL_SCHOOL);
    const counts = Object.fromEntries(Object.entries(model).map(([name, entries]) => [name, entries.length]));
    expect(counts).toEqual({
      school: 1,
      announcements: 1,
      contacts: 2,
      staff: 2,
      platforms: 2,
      requirements: 1,
      bells: 1,
      classes: 2,
      changes: 0,
      meetings: 1,
      communication: 2,
      guides: 2,
      faq: 1,
      documents: 1,
      roadmap: 2,
      coordinators: 1,
      pages: 1,
    });
    expect(model.platforms.filter((platform) => platform.data.primary).map((platform) => platform.id)).toEqual(['sferum']);
    expect(model.contacts.map((contact) => contact.data.kind)).toEqual(['hotline', 'psychologist']);
    expect(model.bells[0]!.data.shifts).toHaveLength(1);
    expect(model.guides.map((guide) => guide.data.topic).sort()).toEqual(['connect', 'homework']);
  });

  test('a copy made by the helper is just as clean', () => {
    const { problems } = checkContent(contentCopy());
    expect(problems, describeProblems(problems)).toEqual([]);
  });
});
