/**
 * Who and what in the file is who and what in the content folder: teachers by name (surname and
 * initials, ё = е, any case; or a `staff/` id written as is), classes by name («5А» in the file is
 * the class whose file says `class: 5А`). What matches nobody gets a new id that takes no existing one.
 */
import { classIdOf, foldText, nameKey, staffIdOf } from './names.ts';

export interface KnownPerson {
  id: string;
  name: string;
}

export class TeacherIndex {
  private readonly people: (KnownPerson & { surname: string; initials: string })[] = [];
  private readonly ids = new Set<string>();
  /** People added by the import (not in `staff/` before). */
  readonly created: KnownPerson[] = [];

  /** `reserved`: ids of every file in staff/, read or not, so a new file never replaces a broken one. */
  constructor(staff: readonly KnownPerson[], reserved: Iterable<string> = []) {
    for (const person of staff) this.add(person);
    for (const id of reserved) this.ids.add(id);
  }

  private add(person: KnownPerson): void {
    this.people.push({ ...person, ...nameKey(person.name) });
    this.ids.add(person.id);
  }

  /** The staff id of a name as the file writes it, if someone in `staff/` is that person. */
  find(raw: string): string | undefined {
    const trimmed = raw.trim();
    if (this.ids.has(trimmed)) return trimmed;
    const { surname, initials } = nameKey(trimmed);
    const same = this.people.filter((person) => person.surname === surname);
    const pick = (list: typeof same) => (list.length === 1 ? list[0]!.id : undefined);
    return (
      pick(same.filter((person) => person.initials === initials)) ??
      (initials === ''
        ? pick(same)
        : pick(
            same.filter(
              (person) => person.initials.startsWith(initials) || (person.initials !== '' && initials.startsWith(person.initials)),
            ),
          ))
    );
  }

  /** The staff id of a name, adding a new person (with a free id) when nobody matches. */
  resolve(raw: string): string {
    const found = this.find(raw);
    if (found) return found;
    const base = staffIdOf(raw);
    let id = base;
    for (let n = 2; this.ids.has(id); n += 1) id = `${base}-${n}`;
    const person = { id, name: raw.replace(/\s+/g, ' ').trim() };
    this.add(person);
    this.created.push(person);
    return id;
  }
}

/** Class ids by class name: existing files keep theirs, new classes get a free one. */
export class ClassIndex {
  private readonly byName = new Map<string, string>();
  private readonly taken = new Set<string>();

  constructor(existing: readonly { id: string; name: string }[], reserved: Iterable<string> = []) {
    for (const entry of existing) {
      this.byName.set(foldText(entry.name).replace(/[\s-]/g, ''), entry.id);
      this.taken.add(entry.id);
    }
    for (const id of reserved) this.taken.add(id);
  }

  /** Whether a class of this name has a file already. */
  has(name: string): boolean {
    return this.byName.has(foldText(name).replace(/[\s-]/g, ''));
  }

  idOf(name: string): string {
    const key = foldText(name).replace(/[\s-]/g, '');
    const known = this.byName.get(key);
    if (known) return known;
    const base = classIdOf(name) || 'klass';
    let id = base;
    for (let n = 2; this.taken.has(id); n += 1) id = `${base}-${n}`;
    this.byName.set(key, id);
    this.taken.add(id);
    return id;
  }
}
