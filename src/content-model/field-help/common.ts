/**
 * What the hints of every collection are made of: the shape of a hint, the rules written the same way
 * in many hints (ids, times, dates, links, phones), the audience values and the hints of an `hours`
 * list. Kept in one place so a rule is worded once and reads the same in every field that follows it.
 */
import { dayNamesInText } from '../../i18n/ru/common.ts';

/** A hint: plain text, or text plus the meaning of each allowed value. */
export type Help = string | { text: string; values: Record<string, string> };

export interface CollectionHelp {
  /** What one file (or each file of the folder) is: shown for the whole file. */
  about: string;
  /** Field path inside one entry → hint. */
  fields: Record<string, Help>;
}

export const ID_RULE = 'латиницей, строчными буквами, цифрами и дефисами';
export const TIME_RULE = 'время "ЧЧ:ММ" в кавычках, например "08:30"';
export const DATE_RULE = 'дата ГГГГ-ММ-ДД, например 2026-11-16';
export const LINK_RULE = 'полная ссылка, начинается с https://';
export const PHONE_RULE = 'номер в кавычках так, как его показать на сайте: "8 (3843) 36-43-66", "+7 905 123-45-67" или "112"';

export const audienceValues = {
  parents: 'родители',
  pupils: 'ученики',
  teachers: 'учителя',
};

/** The hints of an `hours` list (consultation, opening or contact hours) under `field`. */
export function hoursHelp(field: string, what: string): Record<string, Help> {
  return {
    [field]: `${what}: список строк «дни — с — до», например days: [mon, wed], from: "09:00", to: "13:00"`,
    [`${field}[]`]: 'Одна строка часов: в эти дни с from до to',
    [`${field}[].days`]: 'Дни недели в квадратных скобках через запятую: [mon, tue, wed, thu, fri]',
    [`${field}[].days[]`]: { text: 'День недели латиницей', values: dayNamesInText },
    [`${field}[].from`]: `С какого времени: ${TIME_RULE}`,
    [`${field}[].to`]: `До какого времени (позже, чем from): ${TIME_RULE}`,
  };
}
