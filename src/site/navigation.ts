/** The sections of the site in menu order: one list for the menu, the home page and the footer. */
import { t } from '../i18n/ru.ts';

export interface NavItem {
  /** Site path without the base, e.g. `timetable/`. */
  path: string;
  /** Menu label. */
  label: string;
}

export const sections: readonly NavItem[] = [
  { path: 'timetable/', label: t.sections.timetable },
  { path: 'contacts/', label: t.sections.contacts },
  { path: 'guides/', label: t.sections.guides },
  { path: 'staff/', label: t.sections.staff },
  { path: 'platforms/', label: t.sections.platforms },
  { path: 'requirements/', label: t.sections.requirements },
  { path: 'meetings/', label: t.sections.meetings },
  { path: 'communication/', label: t.sections.communication },
  { path: 'faq/', label: t.sections.faq },
  { path: 'documents/', label: t.sections.documents },
  { path: 'plan/', label: t.sections.plan },
  { path: 'coordinators/', label: t.sections.coordinators },
];

/** Sections followed by the editors' free pages that ask to be in the menu. */
export function menuItems(pages: readonly { id: string; data: { title: string; nav: boolean } }[]): NavItem[] {
  return [...sections, ...pages.filter((page) => page.data.nav).map((page) => ({ path: `${page.id}/`, label: page.data.title }))];
}
