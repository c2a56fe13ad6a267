/**
 * The device check (src/pages/device-check/): gathers what the browser tells about this device,
 * measures the download speed of a file from this site, and shows the verdicts of
 * src/lib/device-check.ts. Camera and microphone are only counted (no permission asked) until the
 * visitor presses the button. Nothing is sent anywhere.
 */
import { t } from '../i18n/ru.ts';
import {
  browserVerdict,
  equipmentVerdict,
  mbpsOf,
  needsFor,
  osVerdict,
  parseUserAgent,
  screenVerdict,
  speedVerdict,
  type DeviceNeeds,
  type Verdict,
} from '../lib/device-check.ts';

interface Needs {
  internet: { minMbps: number; recommendedMbps: number };
  devices: DeviceNeeds[];
}

const root = document.querySelector<HTMLElement>('[data-device-check]');
const w = t.deviceCheck;
/** Give up measuring after this long and use what arrived: a slow line must not keep the parent waiting. */
const SPEED_TIME_LIMIT_MS = 8000;

async function countDevices(): Promise<{ camera?: number; microphone?: number }> {
  try {
    const devices = await navigator.mediaDevices.enumerateDevices();
    return {
      camera: devices.filter((d) => d.kind === 'videoinput').length,
      microphone: devices.filter((d) => d.kind === 'audioinput').length,
    };
  } catch {
    return {};
  }
}

async function measureSpeed(url: string): Promise<number | undefined> {
  const started = performance.now();
  let bytes = 0;
  try {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), SPEED_TIME_LIMIT_MS);
    const response = await fetch(`${url}?t=${Date.now()}`, { cache: 'no-store', signal: controller.signal });
    const reader = response.body?.getReader();
    if (!reader) return undefined;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        bytes += value.byteLength;
      }
    } catch {
      /* time limit reached: measure what arrived */
    }
    clearTimeout(timer);
  } catch {
    if (bytes === 0) return undefined;
  }
  return bytes > 0 ? mbpsOf(bytes, performance.now() - started) : undefined;
}

function render(results: HTMLElement, verdicts: Verdict[]): void {
  results.replaceChildren(
    ...verdicts.map((verdict) => {
      const row = document.createElement('div');
      row.dataset['key'] = verdict.key;
      row.dataset['status'] = verdict.status;
      const term = document.createElement('dt');
      term.textContent = `${w.labels[verdict.key]}: ${verdict.found}`;
      const status = document.createElement('dd');
      status.className = 'verdict';
      status.textContent = w.status[verdict.status] ?? '';
      const words = document.createElement('dd');
      words.textContent = verdict.words;
      row.append(term, status, words);
      return row;
    }),
  );
}

async function check(element: HTMLElement): Promise<void> {
  const needs = JSON.parse(element.querySelector('[data-device-needs]')?.textContent ?? 'null') as Needs | null;
  const summary = element.querySelector<HTMLElement>('[data-summary]');
  const results = element.querySelector<HTMLElement>('[data-results]');
  if (!needs || !summary || !results) return;
  const facts = parseUserAgent(navigator.userAgent, navigator.maxTouchPoints > 1);
  const device = needsFor(facts.kind, needs.devices);
  if (!device) return;
  const counted = await countDevices();
  const verdicts: Verdict[] = [
    browserVerdict(facts, device),
    osVerdict(facts, device),
    screenVerdict(screen.width, screen.height),
    equipmentVerdict('camera', counted.camera, device.camera),
    equipmentVerdict('microphone', counted.microphone, device.microphone),
  ];
  render(results, verdicts);
  summary.textContent = w.measure;
  const mbps = await measureSpeed(element.dataset['speedUrl'] ?? 'speed.bin');
  verdicts.push(
    mbps === undefined ? { key: 'speed', status: 'unknown', found: w.notKnown, words: w.speedFailed } : speedVerdict(mbps, needs.internet),
  );
  render(results, verdicts);
  const statuses = new Set(verdicts.map((verdict) => verdict.status));
  summary.textContent = statuses.has('bad') ? w.summaryBad : statuses.has('warn') || statuses.has('unknown') ? w.summaryWarn : w.summaryOk;
  element.dataset['done'] = 'true';
}

async function testMedia(element: HTMLElement): Promise<void> {
  const result = element.querySelector<HTMLElement>('[data-media-result]');
  if (!result) return;
  try {
    const stream = await navigator.mediaDevices.getUserMedia({ video: true, audio: true });
    for (const track of stream.getTracks()) track.stop();
    result.textContent = w.mediaWorks;
  } catch {
    result.textContent = w.mediaFailed;
  }
}

if (root) {
  void check(root);
  root.querySelector('[data-again]')?.addEventListener('click', () => {
    delete root.dataset['done'];
    void check(root);
  });
  root.querySelector('[data-media-test]')?.addEventListener('click', () => void testMedia(root));
}
