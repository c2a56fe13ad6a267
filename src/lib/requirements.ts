/**
 * Technical requirements in plain words for parents: device names, what an internet speed is enough
 * for, memory, and whether a camera, a microphone or a headset is needed — always as words, so the
 * page never relies on a ✓ alone.
 */
import { t } from '../i18n/ru.ts';
import { deviceKinds, type Requirements } from '../schemas/requirements.ts';
import { freePagePath, LENDING_PAGE_ID, paths } from '../site/routes.ts';

type DeviceRequirement = Requirements['devices'][number];

/** «Компьютер», «Ноутбук», «Планшет», «Телефон». */
export function deviceLabel(device: string): string {
  return t.requirements.device[device] ?? device;
}

/** Devices in the order parents think of them (computer, laptop, tablet, phone), file order within a kind. */
export function sortDevices<T extends Pick<DeviceRequirement, 'device'>>(devices: readonly T[]): T[] {
  const rank = (device: string) => (deviceKinds as readonly string[]).indexOf(device);
  return devices
    .map((device, index) => ({ device, index }))
    .sort((a, b) => rank(a.device.device) - rank(b.device.device) || a.index - b.index)
    .map((entry) => entry.device);
}

/** A number the Russian way: 1.5 → «1,5», 10 → «10». */
export function formatNumber(value: number): string {
  return String(Math.round(value * 10) / 10).replace('.', ',');
}

/** «2 Мбит/с». */
export function formatMbps(mbps: number): string {
  return t.requirements.mbps(formatNumber(mbps));
}

/** «не меньше 4 ГБ». */
export function formatRam(gb: number): string {
  return t.requirements.ramAtLeast(formatNumber(gb));
}

/**
 * Lower bounds (Mbit/s) of the speed tiers in `t.requirements.speedTiers`. A video lesson in a
 * platform like «Сферум» needs about 1.5 Mbit/s for one stream; 5 leaves room for a second user and
 * 15 for several children on video at once.
 */
export const SPEED_TIERS = [0, 1.5, 5, 15] as const;

/** What this download speed is enough for, in words: «этого хватит для видеоурока…». */
export function speedWords(mbps: number): string {
  let tier = 0;
  SPEED_TIERS.forEach((bound, index) => {
    if (mbps >= bound) tier = index;
  });
  return t.requirements.speedTiers[tier]!;
}

export type Equipment = 'camera' | 'microphone' | 'headset';
export const equipmentKinds: readonly Equipment[] = ['camera', 'microphone', 'headset'];

/** Each piece of equipment with whether it is needed and the words for it: «Камера — нужна». */
export function equipmentNeeds(
  device: Pick<DeviceRequirement, Equipment>,
): { kind: Equipment; label: string; needed: boolean; words: string }[] {
  return equipmentKinds.map((kind) => {
    const needed = device[kind];
    const need = t.requirements.need[kind]!;
    return { kind, label: t.requirements[kind], needed, words: needed ? need.yes : need.no };
  });
}

/**
 * Where to send a family without a device: the editors' device-lending page when there is one
 * (the free page `LENDING_PAGE_ID`, given back so a page can name it), otherwise the FAQ.
 */
export function deviceHelp<T extends { id: string }>(pages: readonly T[]): { path: string; lendingPage?: T } {
  const lendingPage = pages.find((page) => page.id === LENDING_PAGE_ID);
  return lendingPage ? { path: freePagePath(lendingPage.id), lendingPage } : { path: paths.faq };
}

/** Anchors for device cards: `device-phone`; a second card of the same kind gets `device-phone-2`. */
export function deviceAnchors(devices: readonly Pick<DeviceRequirement, 'device'>[]): string[] {
  const seen = new Map<string, number>();
  return devices.map(({ device }) => {
    const count = (seen.get(device) ?? 0) + 1;
    seen.set(device, count);
    return count === 1 ? `device-${device}` : `device-${device}-${count}`;
  });
}

/** «Windows 10, Android 9 и новее»: a list in one line, each version number kept with its name. */
export function joinList(items: readonly string[]): string {
  return items.map((item) => item.trim().replace(/ (?=\d)/g, '\u00a0')).join(', ');
}
