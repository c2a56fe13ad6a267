/**
 * Rule 7, personal data (152-ФЗ): a mobile number (+7 9…) is most often a person's own phone, and a
 * person's phone is published only with their written consent. The schema already refuses a staff
 * phone without `consent`; here:
 * - a consent dated after the build date is an error (it was not signed yet);
 * - a mobile number anywhere else — a contact's or a coordinator's phone, any free text, any Markdown
 *   body — is a warning at its file and line, unless it is an organisation's line (a contact or a
 *   coordinator with `organisationLine: true`, the school's own phone, a platform's support) or the
 *   phone of a staff member who consented.
 */
import type { Problem } from '../../content-model/problem.ts';
import { splitContactText } from '../../lib/contact-text.ts';
import { isMobilePhone, mayHoldPhone, phoneKey } from '../../lib/phone.ts';
import { bodyPosition, forEachString } from '../free-text.ts';
import type { Checked, ContentModel } from '../model.ts';
import { problemAt } from '../validate-entry.ts';

const HOW_TO_FIX =
  'личный телефон публикуют только с письменного согласия (152-ФЗ): если это номер сотрудника, перенесите его в файл сотрудника в staff/ вместе с consent; если это служебная линия организации';

/** Mobile numbers that may be published: organisations' lines and consented staff phones. */
function allowedNumbers(model: ContentModel, today: string): Set<string> {
  const numbers = [
    ...model.school.map((school) => school.data.phone),
    ...model.platforms.map((platform) => platform.data.support?.phone),
    ...model.contacts.filter((contact) => contact.data.organisationLine).flatMap((contact) => contact.data.phones),
    ...model.coordinators.filter((coordinator) => coordinator.data.organisationLine).map((coordinator) => coordinator.data.phone),
    ...model.staff.filter((person) => person.data.consent && person.data.consent.date <= today).map((person) => person.data.phone),
  ];
  return new Set(numbers.flatMap((number) => (number ? [phoneKey(number)] : [])).filter((key) => key !== undefined));
}

function futureConsents(model: ContentModel, today: string): Problem[] {
  return model.staff.flatMap((person) => {
    const date = person.data.consent?.date;
    if (date === undefined || date <= today) return [];
    return [
      problemAt(
        person,
        ['consent', 'date'],
        `согласие датировано ${date}, а сегодня ${today}: публиковать телефон можно только после того, как согласие подписано — проверьте дату или уберите phone до подписания`,
      ),
    ];
  });
}

/** The phone fields themselves: checked as phones, not as text. */
function isPhoneField(path: readonly PropertyKey[]): boolean {
  return path[path.length - 1] === 'phone' || path[path.length - 2] === 'phones';
}

/** Mobile numbers in a text that are not allowed, with their offsets. */
function mobilesIn(text: string, allowed: ReadonlySet<string>): { number: string; offset: number }[] {
  const found: { number: string; offset: number }[] = [];
  if (!mayHoldPhone(text)) return found;
  let offset = 0;
  for (const part of splitContactText(text)) {
    if (part.kind === 'phone' && isMobilePhone(part.text) && !allowed.has(phoneKey(part.text) ?? ''))
      found.push({ number: part.text.trim(), offset });
    offset += part.text.length;
  }
  return found;
}

function inText(number: string): string {
  return `в тексте мобильный номер ${number} — ${HOW_TO_FIX}, добавьте её в contacts.yaml с organisationLine: true`;
}

function phoneFields(model: ContentModel, allowed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  const check = (entry: Checked<unknown>, path: PropertyKey[], number: string, marked: boolean | undefined) => {
    if (marked || !isMobilePhone(number) || allowed.has(phoneKey(number) ?? '')) return;
    problems.push(
      problemAt(entry, path, `это мобильный номер — ${HOW_TO_FIX}, напишите рядом organisationLine: true`, { severity: 'warning' }),
    );
  };
  for (const contact of model.contacts)
    contact.data.phones.forEach((phone, index) => check(contact, ['phones', index], phone, contact.data.organisationLine));
  for (const coordinator of model.coordinators) check(coordinator, ['phone'], coordinator.data.phone, coordinator.data.organisationLine);
  return problems;
}

function textFields(model: ContentModel, allowed: ReadonlySet<string>): Problem[] {
  const problems: Problem[] = [];
  for (const entries of Object.values(model) as Checked<unknown>[][]) {
    for (const entry of entries) {
      forEachString(
        entry.data,
        (text, path) => {
          for (const { number } of mobilesIn(text, allowed))
            problems.push(problemAt(entry, [...path], inText(number), { severity: 'warning' }));
        },
        isPhoneField,
      );
      const { body } = entry.source;
      if (body === undefined) continue;
      for (const { number, offset } of mobilesIn(body, allowed)) {
        problems.push({ severity: 'warning', file: entry.file, ...bodyPosition(entry, offset), field: '', message: inText(number) });
      }
    }
  }
  return problems;
}

/** `today`: the build date in the school's time zone (YYYY-MM-DD). */
export function checkPersonalData(model: ContentModel, today: string): Problem[] {
  const allowed = allowedNumbers(model, today);
  return [...futureConsents(model, today), ...phoneFields(model, allowed), ...textFields(model, allowed)];
}
