/**
 * «Моё расписание»: the class last opened on this device, kept in localStorage (no account, nothing
 * sent anywhere). The class page remembers it; the home page offers it first. Free of dependencies
 * so browser scripts can import it.
 */
export interface MyClass {
  id: string;
  /** «5А», as the page shows it. */
  name: string;
  /** The class page's path on this site (with the base path), e.g. `/distant/timetable/5a/`. */
  path: string;
}

export const MY_CLASS_KEY = 'school-page:my-class';

function isMyClass(value: unknown): value is MyClass {
  if (typeof value !== 'object' || value === null) return false;
  const { id, name, path } = value as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    id !== '' &&
    typeof name === 'string' &&
    name !== '' &&
    typeof path === 'string' &&
    path.startsWith('/') &&
    !path.startsWith('//')
  );
}

/** Remembers the class; a browser that refuses storage (private mode, settings) simply forgets. */
export function rememberClass(value: MyClass, storage: Pick<Storage, 'setItem'> | undefined = globalThis.localStorage): void {
  if (!isMyClass(value)) return;
  try {
    storage?.setItem(MY_CLASS_KEY, JSON.stringify(value));
  } catch {
    /* storage unavailable: nothing to remember */
  }
}

/** The remembered class, or undefined when none (or when what is stored is not one). */
export function recalledClass(storage: Pick<Storage, 'getItem'> | undefined = globalThis.localStorage): MyClass | undefined {
  try {
    const value: unknown = JSON.parse(storage?.getItem(MY_CLASS_KEY) ?? 'null');
    return isMyClass(value) ? value : undefined;
  } catch {
    return undefined;
  }
}
