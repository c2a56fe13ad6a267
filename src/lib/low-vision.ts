/**
 * The version for the visually impaired (ГОСТ Р 52872-2019): its settings, their allowed values and
 * how they are stored and applied as attributes on <html>. The same `applyStoredSettings` runs inline
 * in <head> before the first paint (no flash of the normal version) and in the panel's script.
 */

export const lowVisionOptions = {
  size: ['100', '150', '200'],
  scheme: ['bw', 'wb', 'blue', 'brown', 'green'],
  spacing: ['normal', 'wide', 'wider'],
  images: ['on', 'off'],
} as const;

export type LowVisionSetting = keyof typeof lowVisionOptions;
export type LowVisionSettings = { [K in LowVisionSetting]: (typeof lowVisionOptions)[K][number] };

/** What switching the version on starts with. */
export const lowVisionDefaults: LowVisionSettings = { size: '150', scheme: 'bw', spacing: 'normal', images: 'on' };

/** localStorage key. Storage is per origin, so sites of one domain share the setting — a reader who needs large print needs it on each. */
export const STORAGE_KEY = 'school-site-low-vision';

/**
 * Reads the stored settings and sets `data-lv` and `data-lv-*` on the root element. Self-contained
 * (no imports, no closures) because its source text is also inlined into every page's <head>.
 */
export function applyStoredSettings(root: HTMLElement, storage: Storage, key: string): void {
  let stored: Record<string, string> | null;
  try {
    stored = JSON.parse(storage.getItem(key) || 'null');
  } catch {
    stored = null;
  }
  const names = ['size', 'scheme', 'spacing', 'images'];
  if (stored && typeof stored === 'object') {
    root.setAttribute('data-lv', 'on');
    for (const name of names) {
      const value = stored[name];
      if (typeof value === 'string' && /^[a-z0-9]+$/.test(value)) root.setAttribute(`data-lv-${name}`, value);
    }
  } else {
    root.removeAttribute('data-lv');
    for (const name of names) root.removeAttribute(`data-lv-${name}`);
  }
}

/** The inline <head> script: applies stored settings and marks that scripts run. */
export function inlineInitScript(): string {
  return `document.documentElement.classList.add('js');try{(${applyStoredSettings.toString().replace(/\n\s*/g, ' ')})(document.documentElement,localStorage,${JSON.stringify(STORAGE_KEY)})}catch(e){}`;
}

/** Keeps only known values, filling the rest from the defaults. */
export function sanitizeSettings(input: Partial<Record<string, unknown>>): LowVisionSettings {
  const result = { ...lowVisionDefaults } as Record<LowVisionSetting, string>;
  for (const name of Object.keys(lowVisionOptions) as LowVisionSetting[]) {
    const value = input[name];
    if (typeof value === 'string' && (lowVisionOptions[name] as readonly string[]).includes(value)) result[name] = value;
  }
  return result as LowVisionSettings;
}
