import { describe, expect, test } from 'vitest';
import {
  browserVerdict,
  equipmentVerdict,
  listedMinimum,
  mbpsOf,
  needsFor,
  osVerdict,
  parseUserAgent,
  screenVerdict,
  speedVerdict,
  type DeviceNeeds,
} from '../../src/lib/device-check.ts';

const UA = {
  androidYandex:
    'Mozilla/5.0 (Linux; Android 8.1.0; Redmi 5 Plus) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 YaBrowser/24.1.2.89.00 SA/3 Mobile Safari/537.36',
  androidTablet: 'Mozilla/5.0 (Linux; Android 12; SM-X200) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
  iphone:
    'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  windowsEdge:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0',
  linuxFirefox: 'Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0',
  macSafari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
};

const phone: DeviceNeeds = {
  device: 'phone',
  os: ['Android 9 и новее', 'iOS 15 и новее'],
  browsers: ['приложение «Сферум»', 'Яндекс Браузер', 'Google Chrome', 'Safari'],
  camera: true,
  microphone: true,
};
const computer: DeviceNeeds = {
  device: 'computer',
  os: ['Windows 10', 'Windows 11', 'Astra Linux', 'macOS 12 и новее'],
  browsers: ['Яндекс Браузер', 'Google Chrome', 'Microsoft Edge', 'Mozilla Firefox'],
  camera: true,
  microphone: true,
};

describe('what the browser says about the device', () => {
  test.each([
    ['androidYandex', 'Яндекс Браузер', 24, 'Android', 8, 'phone'],
    ['androidTablet', 'Google Chrome', 124, 'Android', 12, 'tablet'],
    ['iphone', 'Safari', 16, 'iOS', 16, 'phone'],
    ['windowsEdge', 'Microsoft Edge', 124, 'Windows', 10, 'computer'],
    ['linuxFirefox', 'Mozilla Firefox', 125, 'Linux', undefined, 'computer'],
  ] as const)('%s', (key, browser, browserVersion, os, osVersion, kind) => {
    const facts = parseUserAgent(UA[key]);
    expect(facts).toEqual({ browser: { name: browser, version: browserVersion }, os: { name: os, version: osVersion }, kind });
  });
  test('an iPad asking for the desktop site is told apart by its touch screen', () => {
    expect(parseUserAgent(UA.macSafari, true)).toMatchObject({ os: { name: 'iPadOS' }, kind: 'tablet' });
    expect(parseUserAgent(UA.macSafari, false)).toMatchObject({ os: { name: 'macOS', version: undefined }, kind: 'computer' });
  });
});

describe('verdicts against requirements.yaml', () => {
  test('an Android 8 phone is too old for «Android 9 и новее»; its Yandex Browser is listed', () => {
    const facts = parseUserAgent(UA.androidYandex);
    expect(osVerdict(facts, phone)).toMatchObject({ status: 'bad', found: 'Android 8' });
    expect(osVerdict(facts, phone).words).toContain('нужна 9 или новее');
    expect(browserVerdict(facts, phone)).toMatchObject({ status: 'ok', found: 'Яндекс Браузер 24' });
  });
  test('an unlisted browser or system is a warning naming what the school lists', () => {
    const opera = parseUserAgent(
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 OPR/109.0.0.0',
    );
    expect(browserVerdict(opera, computer)).toMatchObject({ status: 'warn', found: 'Opera 109' });
    expect(browserVerdict(opera, computer).words).toContain('Яндекс Браузер');
    expect(osVerdict(parseUserAgent(UA.linuxFirefox), { ...computer, os: ['Windows 10'] }).status).toBe('warn');
    expect(listedMinimum(computer.os, 'Windows')).toEqual({ listed: true, min: 10 });
    expect(listedMinimum(computer.os, 'Android')).toEqual({ listed: false, min: undefined });
    expect(listedMinimum(computer.os, 'Linux')).toEqual({ listed: true, min: undefined });
    expect(listedMinimum(computer.os, 'macOS')).toEqual({ listed: true, min: 12 });
    expect(listedMinimum(['Android 9 и новее'], 'iOS')).toEqual({ listed: false, min: undefined });
  });
  test('camera and microphone: missing and needed is «bad», unknown asks for the button', () => {
    expect(equipmentVerdict('camera', 1, true).status).toBe('ok');
    expect(equipmentVerdict('camera', 0, true).status).toBe('bad');
    expect(equipmentVerdict('microphone', 0, false).status).toBe('warn');
    expect(equipmentVerdict('microphone', undefined, true).words).toContain('Проверить камеру и микрофон');
  });
  test('speed: below the minimum is slow, between is enough, from the recommended is good', () => {
    const internet = { minMbps: 2, recommendedMbps: 10 };
    expect(speedVerdict(0.5, internet)).toMatchObject({ status: 'bad', found: '0,5\u00a0Мбит/с' });
    expect(speedVerdict(0.5, internet).words).toMatch(/^Медленно/);
    expect(speedVerdict(4, internet).status).toBe('warn');
    expect(speedVerdict(10, internet).status).toBe('ok');
    expect(mbpsOf(1_000_000, 8000)).toBe(1);
  });
  test('screen and device kind', () => {
    expect(screenVerdict(390, 844).status).toBe('ok');
    expect(screenVerdict(240, 320).status).toBe('warn');
    expect(needsFor('laptop', [computer, phone])).toBe(computer);
    expect(needsFor('tablet', [computer, phone])).toBe(phone);
  });
});
