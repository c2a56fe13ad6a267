/** The sections of the site in menu order: one list for the menu, the home page and the footer. */
import { t } from '../i18n/ru.ts';
import { freePagePath, paths } from './routes.ts';

export interface NavItem {
  /** Site path without the base, e.g. `timetable/`. */
  path: string;
  /** Menu label. */
  label: string;
}

export const sections: readonly NavItem[] = [
  { path: paths.timetable, label: t.sections.timetable },
  { path: paths.contacts, label: t.sections.contacts },
  { path: paths.guides, label: t.sections.guides },
  { path: paths.staff, label: t.sections.staff },
  { path: paths.platforms, label: t.sections.platforms },
  { path: paths.requirements, label: t.sections.requirements },
  { path: paths.meetings, label: t.sections.meetings },
  { path: paths.communication, label: t.sections.communication },
  { path: paths.faq, label: t.sections.faq },
  { path: paths.documents, label: t.sections.documents },
  { path: paths.plan, label: t.sections.plan },
  { path: paths.coordinators, label: t.sections.coordinators },
];

/** Sections followed by the editors' free pages that ask to be in the menu. */
export function menuItems(pages: readonly { id: string; data: { title: string; nav: boolean } }[]): NavItem[] {
  return [...sections, ...pages.filter((page) => page.data.nav).map((page) => ({ path: freePagePath(page.id), label: page.data.title }))];
}
