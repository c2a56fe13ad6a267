/**
 * The synthetic school's Markdown articles: guides (numbered, topics in turn), FAQ answers and
 * announcements (the first urgent), their wording from texts.ts and their front matter made here.
 */
import { dayAfter } from './dates.ts';
import { markdown } from './file-text.ts';
import { translit } from './names.ts';
import type { Random } from './random.ts';
import { PLATFORMS } from './school-files.ts';
import type { Staff } from './staff.ts';
import { faqText, GUIDE_DEVICES, GUIDE_TOPICS, guideText, noticeText } from './texts.ts';

const gradeRanges: [number, number][] = [
  [1, 4],
  [5, 9],
  [10, 11],
  [1, 11],
  [5, 11],
];

/** How many of each article to write. */
export interface ArticleCounts {
  guides: number;
  faq: number;
  announcements: number;
}

/** Adds the guides, FAQ answers and announcements; `hotline` is the number they give to call. */
export function addArticleFiles(
  files: Map<string, string>,
  random: Random,
  counts: ArticleCounts,
  { week, it }: Staff,
  hotline: string,
): void {
  for (let i = 0; i < counts.guides; i++) {
    const topic = GUIDE_TOPICS[i % GUIDE_TOPICS.length]!;
    const platform = topic === 'homework' ? PLATFORMS[1] : random.chance(0.8) ? PLATFORMS[0] : PLATFORMS[1];
    const text = guideText(random, topic, random.pick(GUIDE_DEVICES), platform, it.phone);
    const front = {
      title: text.title,
      description: text.description,
      platform: platform.id,
      audience: random.pick(['pupils', 'parents', 'pupils', 'teachers']),
      device: text.device,
      topic,
      grades: random.pick(gradeRanges),
      minutes: random.int(5, 20),
      order: i + 1,
    };
    files.set(
      `guides/${String(i + 1).padStart(3, '0')}-${translit(text.title).slice(0, 48).replace(/-$/, '')}.md`,
      markdown(front, text.body),
    );
  }
  const subjects = [...new Set(week.teachers.flatMap((t) => [...t.subjects]))].sort();
  for (let i = 0; i < counts.faq; i++) {
    const text = faqText(random, random.pick(subjects), hotline);
    files.set(
      `faq/vopros-${String(i + 1).padStart(3, '0')}.md`,
      markdown({ question: text.question, audience: random.pick(['parents', 'pupils', 'parents']), order: i + 1 }, text.body),
    );
  }
  for (let i = 0; i < counts.announcements; i++) {
    const date = dayAfter('2026-11-10', i % 12);
    const text = noticeText(random, random.pick(week.classes).name, dayAfter(date, 5), hotline);
    const level = i === 0 ? 'urgent' : i % 3 === 0 ? 'important' : 'info';
    files.set(
      `announcements/${date}-${String(i + 1).padStart(2, '0')}.md`,
      markdown({ title: text.title, date, level, expires: dayAfter(date, 14) }, text.body),
    );
  }
}
