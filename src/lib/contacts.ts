/** Which contacts matter most and in what order: a worried parent looks for these first. */
import type { Contact } from '../schemas/contact.ts';

/** Kinds shown as large call buttons on the home page, in this order. */
export const homeKinds = ['hotline', 'psychologist', 'social'] as const;

/** Contacts of the home-page kinds, in the order of `homeKinds`, keeping the file order within a kind. */
export function homeContacts<T extends Pick<Contact, 'kind'>>(contacts: readonly T[]): T[] {
  return homeKinds.flatMap((kind) => contacts.filter((contact) => contact.kind === kind));
}

/** Contacts that are an e-mail address to write to. */
export function emailContacts<T extends Pick<Contact, 'kind' | 'email'>>(contacts: readonly T[]): T[] {
  return contacts.filter((contact) => contact.email !== undefined && (contact.kind === 'email' || contact.kind === 'administration'));
}
