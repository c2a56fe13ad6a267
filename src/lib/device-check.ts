/**
 * «Подойдёт ли моё устройство?»: what the browser says about the device, compared with
 * requirements.yaml, as plain-Russian verdicts. Pure logic, shared by the page's script and the unit
 * tests; nothing here sends anything anywhere.
 *
 * The browser and system come from the user-agent string: the requirements name six browsers and
 * four systems, which a few patterns recognise (a general UA library would weigh more than the page).
 */
import { t } from '../i18n/ru.ts';

export type DeviceKind = 'computer' | 'laptop' | 'tablet' | 'phone';
export type Status = 'ok' | 'warn' | 'bad' | 'unknown';

export interface DeviceFacts {
  browser: { name: string; version: number | undefined };
  os: { name: string; version: number | undefined };
  kind: DeviceKind;
}

/** The requirement of one kind of device, as the page carries it (requirements.yaml). */
export interface DeviceNeeds {
  device: DeviceKind;
  os: readonly string[];
  browsers: readonly string[];
  camera: boolean;
  microphone: boolean;
}

export interface Verdict {
  key: 'browser' | 'os' | 'screen' | 'camera' | 'microphone' | 'speed';
  status: Status;
  /** What was found, e.g. «Google Chrome 124». */
  found: string;
  /** What it means, in words. */
  words: string;
}

const BROWSERS: readonly [string, RegExp][] = [
  ['Яндекс Браузер', /YaBrowser\/(\d+)/],
  ['Microsoft Edge', /Edg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /OPR\/(\d+)/],
  ['Mozilla Firefox', /(?:Firefox|FxiOS)\/(\d+)/],
  ['Google Chrome', /(?:Chrome|CriOS)\/(\d+)/],
  ['Safari', /Version\/(\d+)[.\d]* (?:Mobile\/\w+ )?Safari\//],
];

const SYSTEMS: readonly [string, RegExp][] = [
  ['Android', /Android (\d+)/],
  ['iPadOS', /iPad.*? OS (\d+)_/],
  ['iOS', /(?:iPhone|iPod).*? OS (\d+)_/],
  ['Windows', /Windows NT (\d+)/],
  ['macOS', /Mac OS X (\d+)[_.](\d+)/],
  ['Linux', /Linux/],
];

/** Browser, system and kind of device from a user-agent string (and whether the screen is touch). */
export function parseUserAgent(ua: string, touch = false): DeviceFacts {
  const browser = BROWSERS.find(([, pattern]) => pattern.test(ua));
  const system = SYSTEMS.find(([, pattern]) => pattern.test(ua));
  let osName = system?.[0] ?? '';
  let osVersion = system ? Number(system[1].exec(ua)?.[1]) : undefined;
  // Windows 10 and 11 both say «Windows NT 10.0»; a Mac says 10_15 whatever its macOS (11+ froze it).
  if (osName === 'macOS') {
    const match = system![1].exec(ua)!;
    osVersion =
      match[1] === '10' && match[2] === '15' ? undefined : Number(match[1]) === 10 ? 10 + Number(match[2]) / 100 : Number(match[1]);
    // An iPad asks for the desktop site and says «Macintosh»; only its touch screen gives it away.
    if (touch) osName = 'iPadOS';
  }
  const ipad = osName === 'iPadOS';
  const kind: DeviceKind =
    ipad || (osName === 'Android' && !/Mobile/.test(ua)) ? 'tablet' : /Mobile|iPhone|Android/.test(ua) ? 'phone' : 'computer';
  return {
    browser: { name: browser?.[0] ?? '', version: browser ? Number(browser[1].exec(ua)?.[1]) : undefined },
    os: { name: osName, version: Number.isFinite(osVersion) ? osVersion : undefined },
    kind,
  };
}

/** «Android 9 и новее» → the lowest version of that system the school lists (undefined: not listed). */
export function listedMinimum(list: readonly string[], osName: string): { listed: boolean; min: number | undefined } {
  // A word of the entry: «Linux» is listed by «Astra Linux», «Windows» by «Windows 10».
  const word = new RegExp(`(^|\\s)${osName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s|$)`, 'i');
  const entries = list.filter((entry) => word.test(entry));
  if (entries.length === 0) return { listed: false, min: undefined };
  const versions = entries
    .map((entry) => Number(/(\d+)/.exec(entry.slice(entry.search(word) + osName.length + 1))?.[1]))
    .filter(Number.isFinite);
  return { listed: true, min: versions.length > 0 ? Math.min(...versions) : undefined };
}

const words = () => t.deviceCheck;

/** The browser: is it one the school lists? */
export function browserVerdict(facts: DeviceFacts, needs: DeviceNeeds): Verdict {
  const { name, version } = facts.browser;
  const found = name ? `${name}${version ? ` ${version}` : ''}` : words().unknownBrowser;
  if (!name) return { key: 'browser', status: 'unknown', found, words: words().browserUnknown(needs.browsers) };
  const listed = needs.browsers.some(
    (entry) => entry.toLowerCase().includes(name.toLowerCase()) || name.toLowerCase().includes(entry.toLowerCase()),
  );
  return listed
    ? { key: 'browser', status: 'ok', found, words: words().browserOk }
    : { key: 'browser', status: 'warn', found, words: words().browserOther(needs.browsers) };
}

/** The system and its version against «Android 9 и новее». */
export function osVerdict(facts: DeviceFacts, needs: DeviceNeeds): Verdict {
  const { name, version } = facts.os;
  const found = name ? `${name}${version ? ` ${String(version).replace('.', ',')}` : ''}` : words().unknownSystem;
  if (!name) return { key: 'os', status: 'unknown', found, words: words().osUnknown(needs.os) };
  const { listed, min } = listedMinimum(needs.os, name);
  if (!listed) return { key: 'os', status: 'warn', found, words: words().osOther(needs.os) };
  if (min !== undefined && version !== undefined && version < min) return { key: 'os', status: 'bad', found, words: words().osOld(min) };
  return { key: 'os', status: 'ok', found, words: words().osOk };
}

/** Smallest comfortable screen for a lesson, CSS pixels of the shorter side: phones start at 320. */
export const MIN_SCREEN = 320;

export function screenVerdict(width: number, height: number): Verdict {
  const found = `${Math.round(width)} × ${Math.round(height)}`;
  return Math.min(width, height) >= MIN_SCREEN
    ? { key: 'screen', status: 'ok', found, words: words().screenOk }
    : { key: 'screen', status: 'warn', found, words: words().screenSmall };
}

/** Camera or microphone: present (counted without asking permission), and needed? */
export function equipmentVerdict(key: 'camera' | 'microphone', count: number | undefined, needed: boolean): Verdict {
  const w = words();
  if (count === undefined) return { key, status: 'unknown', found: w.notKnown, words: w.equipmentUnknown };
  if (count > 0) return { key, status: 'ok', found: w.present, words: w.equipmentOk };
  return { key, status: needed ? 'bad' : 'warn', found: w.absent, words: needed ? w.equipmentMissing(key) : w.equipmentOptional };
}

/** Download speed against the school's minimum and recommended speeds. */
export function speedVerdict(mbps: number, internet: { minMbps: number; recommendedMbps: number }): Verdict {
  const found = t.requirements.mbps(String(Math.round(mbps * 10) / 10).replace('.', ','));
  if (mbps < internet.minMbps) return { key: 'speed', status: 'bad', found, words: words().speedSlow(internet.minMbps) };
  if (mbps < internet.recommendedMbps) return { key: 'speed', status: 'warn', found, words: words().speedEnough(internet.recommendedMbps) };
  return { key: 'speed', status: 'ok', found, words: words().speedGood };
}

/** The requirement for this kind of device (a laptop falls back to the computer's and back). */
export function needsFor(kind: DeviceKind, devices: readonly DeviceNeeds[]): DeviceNeeds | undefined {
  const fallback: Record<DeviceKind, DeviceKind[]> = {
    computer: ['computer', 'laptop'],
    laptop: ['laptop', 'computer'],
    tablet: ['tablet', 'phone'],
    phone: ['phone', 'tablet'],
  };
  for (const candidate of fallback[kind]) {
    const found = devices.find((device) => device.device === candidate);
    if (found) return found;
  }
  return devices[0];
}

/** Megabits per second from bytes received over milliseconds. */
export function mbpsOf(bytes: number, milliseconds: number): number {
  return milliseconds <= 0 ? 0 : (bytes * 8) / 1_000_000 / (milliseconds / 1000);
}
