/**
 * Russian wording for zod's issues, each as «what is wrong — how to fix it». Schemas that know better
 * carry their own message; this covers the general cases (wrong type, missing field, too short…).
 */
import type { z } from 'astro/zod';

function describe(input: unknown): string {
  if (input === null) return 'пустое значение';
  if (Array.isArray(input)) return 'список';
  if (input instanceof Date) return 'дата';
  switch (typeof input) {
    case 'string':
      return 'текст';
    case 'number':
      return 'число';
    case 'boolean':
      return 'true/false';
    case 'object':
      return 'набор полей';
    default:
      return 'значение';
  }
}

/** The per-parse error map: used where a schema gives no message of its own. */
export function russianIssueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const got = describe(issue.input);
      switch (issue.expected) {
        case 'string':
          return `ожидался текст, а указано: ${got} — напишите значение текстом, при необходимости в кавычках`;
        case 'number':
          return `ожидалось число, а указано: ${got} — напишите число без кавычек`;
        case 'boolean':
          return `ожидалось true или false, а указано: ${got} — напишите true (да) или false (нет)`;
        case 'array':
          return `ожидался список, а указано: ${got} — перечислите значения в квадратных скобках [a, b] или каждое с новой строки после «- »`;
        case 'object':
          return Array.isArray(issue.input)
            ? 'ожидался набор полей «имя: значение», а указан список — уберите «- » перед полями'
            : `ожидался набор полей «имя: значение», а указано: ${got} — оформите значение по образцу`;
        default:
          return `неверный тип значения (${got}) — сравните с образцом`;
      }
    }
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'пустое значение — заполните поле'
          : `слишком короткий текст — нужно не меньше ${String(issue.minimum)} символов`;
      }
      if (issue.origin === 'array') return `в списке слишком мало элементов — нужно не меньше ${String(issue.minimum)}`;
      return `слишком маленькое число — нужно не меньше ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'array') return `в списке слишком много элементов — нужно не больше ${String(issue.maximum)}`;
      if (issue.origin === 'string') return `слишком длинный текст — нужно не больше ${String(issue.maximum)} символов`;
      return `слишком большое число — нужно не больше ${String(issue.maximum)}`;
    case 'invalid_value':
      return `недопустимое значение — возможные значения: ${issue.values.map(String).join(', ')}`;
    case 'invalid_format':
      return 'неверный формат значения — сравните с образцом';
    case 'invalid_union':
      return 'значение не подходит ни под один из вариантов — сравните с образцом';
    case 'not_multiple_of':
      return `число не делится на ${String(issue.divisor)} — исправьте его`;
    default:
      return 'значение не подходит — сравните с образцом';
  }
}
