/**
 * The line that says whether distance learning is on («Идёт дистанционное обучение с 1 по 12 декабря
 * 2026 г.» or «Обучение проходит в обычном режиме»): the home page, the memo, the embed and the
 * search-engine notice all say it the same way.
 */
import { t } from '../i18n/ru.ts';
import type { School } from '../schemas/school.ts';
import { formatDate } from './dates.ts';

type Learning = Pick<School['distanceLearning'], 'active' | 'from' | 'to'>;

/** «с 1 по 12 декабря 2026 г.»: the first day without its year, the last with it. */
export function learningPeriod(learning: Pick<Learning, 'from' | 'to'>): string {
  return t.status.period(formatDate(learning.from, false), formatDate(learning.to));
}

/** The state in bold and, while distance learning is on, its period after it. */
export function learningStatus(learning: Learning): { state: string; period?: string } {
  return learning.active ? { state: t.status.active, period: learningPeriod(learning) } : { state: t.status.inactive };
}
