/** Which contacts matter most and in what order: a worried parent looks for these first. */
import { contactKinds, type Contact } from '../schemas/contact.ts';
import type { Platform } from '../schemas/platform.ts';
import type { School } from '../schemas/school.ts';
import { groupInOrder, type Group } from './group.ts';

export type ContactKind = (typeof contactKinds)[number];

/** Kinds shown as large call buttons on the home page, in this order. */
/** The home page and the memo: whom to call first; tech support too, since «it does not work» is the commonest call. */
export const homeKinds = ['hotline', 'psychologist', 'social', 'it-support'] as const;

/** Contacts of the home-page kinds, in the order of `homeKinds`, keeping the file order within a kind. */
export function homeContacts<T extends Pick<Contact, 'kind'>>(contacts: readonly T[]): T[] {
  return homeKinds.flatMap((kind) => contacts.filter((contact) => contact.kind === kind));
}

/**
 * Whom the embed on the school's main site lists: the hotlines, or without one the first home-page
 * contact; only contacts with a phone, since the embed is for calling.
 */
export function embedCalls<T extends Pick<Contact, 'kind' | 'phones'>>(contacts: readonly T[]): T[] {
  const withPhone = homeContacts(contacts).filter((contact) => contact.phones.length > 0);
  const hotlines = withPhone.filter((contact) => contact.kind === 'hotline');
  return hotlines.length > 0 ? hotlines : withPhone.slice(0, 1);
}

/**
 * Whom the not-found page offers to call: the hotline answers any question; a school without one
 * (the checker only warns) gets its other urgent lines.
 */
export function hotlinesOrHomeContacts<T extends Pick<Contact, 'kind'>>(contacts: readonly T[]): T[] {
  const hotlines = contacts.filter((contact) => contact.kind === 'hotline');
  return hotlines.length > 0 ? hotlines : homeContacts(contacts);
}

/** `all` is the file with every contact (/contacts/all.vcf), so no contact's own card is named so. */
const ALL_CONTACTS_CARD = 'all';

/** Whether a contact from contacts.yaml has its own vCard file (/contacts/<id>.vcf) to save. */
export function hasOwnCard(contact: Pick<Contact, 'id'>): boolean {
  return contact.id !== ALL_CONTACTS_CARD;
}

/** Contacts that are an e-mail address to write to. */
export function emailContacts<T extends Pick<Contact, 'kind' | 'email'>>(contacts: readonly T[]): T[] {
  return contacts.filter((contact) => contact.email !== undefined && (contact.kind === 'email' || contact.kind === 'administration'));
}

/** What a contact card shows: a contact from contacts.yaml, or the school's or a platform's own line. */
export type ContactPoint = Pick<Contact, 'id' | 'title' | 'phones' | 'hours'> &
  Partial<Pick<Contact, 'email' | 'person' | 'note' | 'audience'>>;

/** Contacts under their kind's heading, in the order of `contactKinds` (the most urgent first). */
export function contactsByKind<T extends Pick<Contact, 'kind'>>(contacts: readonly T[]): Group<ContactKind, T>[] {
  return groupInOrder(contacts, contactKinds, (contact) => contact.kind);
}

/** The anchor of the school's own card on the contacts page. */
export const SCHOOL_CONTACT_ID = 'school-reception';

/** The school's reception (school.yaml) as a contact card; the director is named when given. */
export function schoolContact(school: Pick<School, 'shortName' | 'phone' | 'email' | 'director'>, directorLabel: string): ContactPoint {
  return {
    id: SCHOOL_CONTACT_ID,
    title: school.shortName,
    phones: [school.phone],
    email: school.email,
    hours: [],
    ...(school.director !== undefined && { person: `${directorLabel}: ${school.director}` }),
  };
}

/** A platform's support service as a contact card («Сферум — поддержка»), with its help page; only platforms that give one. */
export function platformSupportContacts(
  platforms: readonly (Pick<Platform, 'name' | 'support'> & { id: string })[],
  supportLabel: string,
): (ContactPoint & { platformId: string; helpUrl?: string })[] {
  return platforms.flatMap((platform) => {
    const support = platform.support;
    if (!support || (!support.phone && !support.email && !support.url)) return [];
    return [
      {
        id: `support-${platform.id}`,
        platformId: platform.id,
        title: `${platform.name} — ${supportLabel.toLowerCase()}`,
        phones: support.phone ? [support.phone] : [],
        hours: [],
        ...(support.email !== undefined && { email: support.email }),
        ...(support.url !== undefined && { helpUrl: support.url }),
      },
    ];
  });
}
