/** Russian plural forms: the one rule every count in the interface, the checker and the scripts uses. */

/** 1 ошибка, 2 ошибки, 5 ошибок, 11 ошибок, 21 ошибка. */
export function plural(count: number, one: string, few: string, many: string): string {
  const mod10 = count % 10;
  const mod100 = count % 100;
  if (mod10 === 1 && mod100 !== 11) return one;
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return few;
  return many;
}
