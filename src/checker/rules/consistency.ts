/** Rules within a collection: unique ids in lists, dates in order, guides that have steps. */
import type { Problem } from '../../content-model/problem.ts';
import { LIMITS } from '../limits.ts';
import type { Checked, ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

function uniqueIds(entries: readonly Checked<unknown>[], idField: string): Problem[] {
  const seen = new Set<string>();
  const problems: Problem[] = [];
  for (const entry of entries) {
    if (seen.has(entry.id)) {
      problems.push(problemAt(entry, [idField], `идентификатор «${entry.id}» уже встречается выше в этом файле — придумайте другой`));
    }
    seen.add(entry.id);
  }
  return problems;
}

/** A Markdown ordered list item: «1. …» or «1) …» at the start of a line. */
const ORDERED_ITEM = /^ {0,3}\d{1,2}[.)][ \t]+\S/m;
/** A fenced code block: a «1. …» inside it is an example, not a step the site will number. */
const FENCED_BLOCK = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[ \t]*$|(?![\s\S]))/gm;

export function checkConsistency(model: ContentModel): Problem[] {
  const problems: Problem[] = [...uniqueIds(model.contacts, 'id'), ...uniqueIds(model.documents, 'id'), ...uniqueIds(model.roadmap, 'id')];
  for (const school of model.school) {
    const { from, to } = school.data.distanceLearning;
    if (from > to) {
      problems.push(
        problemAt(school, ['distanceLearning', 'to'], `дата окончания ${to} раньше даты начала ${from} — исправьте одну из дат`),
      );
    } else if ((Date.parse(to) - Date.parse(from)) / 86_400_000 > LIMITS.periodDays) {
      problems.push(
        problemAt(
          school,
          ['distanceLearning', 'to'],
          `период с ${from} по ${to} длиннее года — проверьте год в дате окончания: календари уроков строятся на каждый день периода`,
        ),
      );
    }
  }
  for (const notice of model.announcements) {
    if (notice.data.expires !== undefined && notice.data.expires < notice.data.date) {
      problems.push(
        problemAt(
          notice,
          ['expires'],
          `объявление истекает (${notice.data.expires}) раньше, чем опубликовано (${notice.data.date}) — исправьте expires`,
        ),
      );
    }
  }
  for (const guide of model.guides) {
    if (!ORDERED_ITEM.test((guide.source.body ?? '').replace(FENCED_BLOCK, ''))) {
      problems.push({
        severity: 'error',
        file: guide.file,
        line: guide.source.bodyLine ?? 1,
        column: 1,
        field: '',
        message: 'в инструкции нет нумерованных шагов — запишите шаги списком «1. …», «2. …», по одному действию в шаге',
      });
    }
  }
  return problems;
}
