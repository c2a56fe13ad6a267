/**
 * Values read out of content data that is not validated yet (a class or staff file as it is on disk):
 * a map or an empty one, a string or nothing. The import reads what editors wrote without trusting
 * its shape, so a hand-edited file never makes it throw.
 */
export type Raw = Record<string, unknown>;
export const asRecord = (value: unknown): Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Raw) : {};
export const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
