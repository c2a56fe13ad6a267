/** Small typographic fixes for names shown in narrow places (a school's name in a phone's header). */

/** «СОШ № 2» never breaks between «№» and its number: the line would end in a bare «№». */
export function keepNumberSign(text: string): string {
  return text.replace(/№\s+(?=\S)/g, '№\u00a0');
}
