import { describe, expect, test } from 'vitest';
import {
  deviceAnchors,
  deviceHelp,
  deviceLabel,
  equipmentNeeds,
  formatMbps,
  formatNumber,
  formatRam,
  joinList,
  sortDevices,
  speedWords,
} from '../../src/lib/requirements.ts';

describe('words for parents', () => {
  test('device names in Russian; an unknown kind is shown as it is', () => {
    expect(['computer', 'laptop', 'tablet', 'phone'].map(deviceLabel)).toEqual(['Компьютер', 'Ноутбук', 'Планшет', 'Телефон']);
    expect(deviceLabel('tv')).toBe('tv');
  });

  test('numbers the Russian way, unit kept with the number', () => {
    expect(formatNumber(1.5)).toBe('1,5');
    expect(formatNumber(10)).toBe('10');
    expect(formatMbps(2)).toBe('2\u00a0Мбит/с');
    expect(formatRam(4)).toBe('не меньше 4\u00a0ГБ');
  });

  test('what a speed is enough for grows with the speed', () => {
    const words = [0.5, 2, 10, 50].map(speedWords);
    expect(new Set(words).size).toBe(4);
    expect(speedWords(2)).toMatch(/видеоурок/);
    expect(speedWords(0.5)).toMatch(/прерываться/);
    expect(speedWords(1.5)).toBe(speedWords(4.9));
  });

  test('equipment as words, not only a mark', () => {
    expect(equipmentNeeds({ camera: true, microphone: false, headset: true })).toEqual([
      { kind: 'camera', label: 'Камера', needed: true, words: 'нужна' },
      { kind: 'microphone', label: 'Микрофон', needed: false, words: 'не обязателен' },
      { kind: 'headset', label: 'Наушники с микрофоном', needed: true, words: 'желательны' },
    ]);
  });

  test('lists keep a version number with its name', () => {
    expect(joinList(['Windows 10', ' Android 9 и новее'])).toBe('Windows\u00a010, Android\u00a09 и новее');
  });
});

describe('order and anchors', () => {
  test('devices in the order computer, laptop, tablet, phone; file order within a kind', () => {
    const devices = [
      { device: 'phone', n: 1 },
      { device: 'computer', n: 2 },
      { device: 'phone', n: 3 },
      { device: 'tablet', n: 4 },
    ] as const;
    expect(sortDevices(devices).map((d) => d.n)).toEqual([2, 4, 1, 3]);
  });

  test('a second card of the same kind gets its own anchor', () => {
    expect(deviceAnchors([{ device: 'phone' }, { device: 'computer' }, { device: 'phone' }])).toEqual([
      'device-phone',
      'device-computer',
      'device-phone-2',
    ]);
  });
});

describe('where to get a device', () => {
  test('the device-lending page when it exists, otherwise the FAQ', () => {
    expect(deviceHelp([{ id: 'how-it-works' }, { id: 'devices' }])).toEqual({ path: 'devices/', lendingPage: { id: 'devices' } });
    expect(deviceHelp([{ id: 'how-it-works' }])).toEqual({ path: 'faq/' });
  });
});
