/**
 * A query word that names none of the records found counts less than its rarity (src/search/query/
 * find-records.ts): on a school's small index a verb like «написать» stands in one body by chance and
 * is «rare», yet says nothing of which record answers.
 */
import { describe, expect, test } from 'vitest';
import { findRecords, type FoundRecord, type RecordData, type SearchIndex } from '../../src/search/query/find-records.ts';

interface Titled extends RecordData {
  id: string;
}

/** Records with titles, found like Pagefind finds them: every word of the query begins a word of the text. */
function titledIndex(records: Record<string, Omit<Titled, 'id'>>): SearchIndex<Titled> {
  return {
    async search(query) {
      const words = (query ?? '').split(' ').filter(Boolean);
      const results: FoundRecord<Titled>[] = Object.entries(records)
        .filter(([, { content }]) => words.every((word) => content.split(' ').some((known) => known.startsWith(word))))
        .map(([id, data]) => ({ id, score: 1, data: async () => ({ id, ...data }) }));
      return { results };
    },
  };
}

describe('words that name no record', () => {
  const school = titledIndex({
    guide: {
      url: '/guides/chat/',
      content: 'как найти чат класса найдите учителя по фамилии нажмите написать тему опишите коротко',
      meta: { title: 'Как найти чат класса' },
    },
    psychologist: {
      url: '/contacts/#psiholog',
      content: 'педагог-психолог если ребёнок говорит не понимаю зачем учиться поговорите с психологом',
      meta: { title: 'Педагог-психолог' },
    },
    faq: {
      url: '/faq/#geography',
      content: 'кому писать если непонятна тема по географии учитель ответит в чате',
      meta: { title: 'Кому писать, если непонятна тема по географии', title_words: 'география' },
    },
    teacher: {
      url: '/staff/#krylova',
      content: 'крылова татьяна николаевна учитель географии консультации в среду',
      meta: { title: 'Крылова Татьяна Николаевна', title_words: 'география учитель географии' },
    },
    bells: { url: '/timetable/bells/', content: 'расписание звонков первый урок', meta: { title: 'Расписание звонков' } },
  });

  test('«по географии не понимаю тему кому написать» finds the subject, not the page that happens to say «написать»', async () => {
    const found = await findRecords(school, 'по географии не понимаю тему кому написать', {}, async () => []);
    expect(found.shown[0]?.id).toBe('faq');
    expect(found.shown.map((data) => data.id)).toContain('teacher');
  });

  test('a word that names a record keeps its full weight', async () => {
    const found = await findRecords(school, 'чат класса написать', {}, async () => []);
    expect(found.shown[0]?.id).toBe('guide');
  });
});
