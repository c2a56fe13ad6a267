/**
 * The portal rendered from a generated region without building any school: the table, the monitored
 * figure against numbers counted here from the schools' own files, late municipalities, and the
 * coordinators' form read back with an independent XLSX reader (SheetJS), not the writer (exceljs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as XLSX from '@e965/xlsx';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { generateRegion } from '../../scripts/bench/generate-region.ts';
import { writeSchool } from '../../scripts/bench/generate.ts';
import { lateMunicipalities, portalData, type PortalData, type RegionPart } from '../../src/region/portal/data.ts';
import { FORM_COLUMNS } from '../../src/region/portal/exports.ts';
import { renderPortal } from '../../src/region/portal/write.ts';
import { readRegion } from '../../src/region/read-region.ts';
import { checkSchool } from '../../src/region/school-record.ts';
import { attr, findAll as all, parseHtml, rawText, squash } from '../helpers/html-tree.ts';
import { validator } from '../helpers/html-validator.ts';

const TODAY = '2026-11-16';
let dir: string;
let data: PortalData;
let files: Map<string, string | Buffer>;

/** What a build would write as its part, from the generated files (every school valid). */
function partOf(regionDir: string, ids: readonly string[]): RegionPart {
  const read = readRegion(regionDir);
  const schools = ids.map((id) => {
    const result = checkSchool(join(regionDir, 'schools', id), id, read.municipalities, TODAY);
    if (!result.ok) throw new Error(`${id} не прошла проверку`);
    return { ...result.record, hash: 'h', lastChange: '2026-11-10' };
  });
  return {
    version: 1,
    region: read.region!,
    municipalities: read.municipalities,
    today: TODAY,
    site: 'https://distant.kuzbass.example',
    base: '/',
    schools,
    failed: [],
  };
}

const IDS = Array.from({ length: 9 }, (_, i) => `${['novokuznetsk', 'kemerovo', 'prokopyevsk'][i % 3]}-school-00${Math.floor(i / 3) + 1}`);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'region-portal-'));
  writeSchool(generateRegion({ seed: 5, schools: 9, municipalities: 3, sizes: ['tiny'] }), dir);
  data = portalData([partOf(dir, IDS)]);
  files = await renderPortal(data);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const html = (path: string) => parseHtml(String(files.get(path)));
const textOf = (node: Parameters<typeof rawText>[0]) => squash(rawText(node));

describe('portal', () => {
  test('the table lists every school with status, period, order, a tel: link and a link to its site', () => {
    const rows = all(html('index.html'), (node) => node.nodeName === 'tr' && attr(node, 'data-municipality') !== undefined);
    expect(rows).toHaveLength(9);
    for (const row of rows) {
      const text = textOf(row);
      expect(text).toMatch(/дистанционно|обычный/);
      expect(text).toMatch(/16 ноября 2026 — 4 декабря 2026/);
      expect(text).toContain('№ 214-о от 13 ноября 2026');
      const links = all(row, (node) => node.nodeName === 'a').map((a) => attr(a, 'href'));
      expect(links.some((href) => /^tel:\+73843\d{6}$/.test(href ?? ''))).toBe(true);
      expect(links.some((href) => IDS.some((id) => href === `/${id}/`))).toBe(true);
    }
  });

  test("the figure matches the schools' own files, per municipality and for the region", () => {
    const counted = new Map<string, { total: number; active: number }>();
    for (const id of IDS) {
      const school = parse(readFileSync(join(dir, 'schools', id, 'school.yaml'), 'utf8')) as {
        municipality: string;
        distanceLearning: { active: boolean };
      };
      const entry = counted.get(school.municipality) ?? { total: 0, active: 0 };
      entry.total++;
      if (school.distanceLearning.active) entry.active++;
      counted.set(school.municipality, entry);
    }
    const activeAll = [...counted.values()].reduce((sum, e) => sum + e.active, 0);
    expect(activeAll).toBeGreaterThan(0);
    expect(activeAll).toBeLessThan(9);
    const table = all(html('index.html'), (node) => node.nodeName === 'table' && attr(node, 'class') === 'figure-table')[0]!;
    const rows = all(table, (node) => node.nodeName === 'tr')
      .slice(1)
      .map((row) => all(row, (n) => n.nodeName === 'td' || n.nodeName === 'th').map(textOf));
    for (const m of data.municipalities) {
      const row = rows.find((cells) => cells[0] === m.data.name)!;
      const { total, active } = counted.get(m.id)!;
      expect(row.slice(1, 3)).toEqual([String(total), String(active)]);
      expect(row[3]).toBe(`${String(Math.round((active / total) * 1000) / 10).replace('.', ',')} %`);
    }
    expect(rows.at(-1)!.slice(0, 3)).toEqual(['Регион в целом', '9', String(activeAll)]);
    const bars = all(html('index.html'), (node) => node.nodeName === 'rect' && (attr(node, 'class') ?? '').startsWith('chart-bar'));
    expect(bars).toHaveLength(4);
    const regionWidth = Number(attr(bars.at(-1)!, 'width'));
    expect(regionWidth / 360).toBeCloseTo(activeAll / 9, 2);
  });

  test('the plan shows the late municipality for the measure it has not done', () => {
    const text = textOf(html('plan/index.html'));
    const late = (today: string) =>
      lateMunicipalities(data.region, data.municipalities, today).map((entry) => [
        entry.item.id,
        entry.municipalities.map((m) => m.id).sort(),
      ]);
    // Measure 3 (deadline 14 November) is done everywhere but Prokopyevsk; measure 4 is due on the 20th.
    expect(late(TODAY)).toEqual([['3', ['prokopyevsk']]]);
    expect(late('2026-11-21')).toEqual([
      ['3', ['prokopyevsk']],
      ['4', ['kemerovo', 'novokuznetsk', 'prokopyevsk']],
    ]);
    expect(late('2026-11-14')).toEqual([]);
    expect(text).toContain('«Провести совещание с руководителями школ» (срок 14 ноября 2026): Прокопьевский городской округ');
  });

  test("the coordinators' form in XLSX reads back with another library, exactly in the order's columns", () => {
    const book = XLSX.read(files.get('coordinators/coordinators.xlsx') as Buffer, { type: 'buffer' });
    expect(book.SheetNames).toEqual(['Региональные', ...data.municipalities.map((m) => m.data.name)]);
    for (const [index, name] of book.SheetNames.entries()) {
      const rows = XLSX.utils.sheet_to_json<(string | number)[]>(book.Sheets[name]!, { header: 1 });
      expect(rows[0]).toEqual(['№', 'ФИО координатора', 'должность', 'место работы', 'телефон', 'e-mail']);
      const people = index === 0 ? data.region.coordinators : data.municipalities[index - 1]!.data.coordinators;
      expect(rows.slice(1)).toEqual(people.map((p, n) => [n + 1, p.name, p.position, p.workplace, p.phone, p.email]));
    }
    const one = XLSX.read(files.get(`coordinators/${data.municipalities[0]!.id}.xlsx`) as Buffer, { type: 'buffer' });
    expect(XLSX.utils.sheet_to_json(one.Sheets[one.SheetNames[0]!]!, { header: 1 })[0]).toEqual([...FORM_COLUMNS]);
  });

  test('the CSV form opens in spreadsheets (BOM, «;», CRLF) and has the same rows', () => {
    const csv = String(files.get(`coordinators/${data.municipalities[1]!.id}.csv`));
    expect(csv.startsWith('\uFEFF№;ФИО координатора;должность;место работы;телефон;e-mail\r\n')).toBe(true);
    const book = XLSX.read(csv.slice(1), { type: 'string', FS: ';' });
    const rows = XLSX.utils.sheet_to_json<string[]>(book.Sheets[book.SheetNames[0]!]!, { header: 1, raw: false });
    expect(rows.slice(1).map((row) => row[1])).toEqual(data.municipalities[1]!.data.coordinators.map((p) => p.name));
  });

  test("info.json, RSS and the calendar hold the region's data", () => {
    const info = JSON.parse(String(files.get('info.json'))) as { version: number; schools: { id: string }[]; figure: { share: number }[] };
    expect(info.version).toBe(1);
    expect(info.schools.map((s) => s.id).sort()).toEqual([...IDS].sort());
    const rss = String(files.get('rss.xml'));
    expect(rss.match(/<item>/g)).toHaveLength(data.schools.reduce((sum, s) => sum + s.urgent.length, 0));
    const ics = String(files.get('events.ics'));
    expect(ics).toContain('SUMMARY:Совещание региональных и муниципальных координаторов');
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(data.region.events.length + data.region.plan.length);
  });
});

test('the same coordinators give the same XLSX bytes at another moment (ZIP times fixed)', async () => {
  const first = await renderPortal(data);
  // Another moment without waiting for it: the clock (Date only) is moved a day and 3 s on (ZIP times
  // have a 2-second resolution, so a shorter shift could hide a time written into the file).
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 + 3_000 });
  let second: Awaited<ReturnType<typeof renderPortal>>;
  try {
    second = await renderPortal(data);
  } finally {
    vi.useRealTimers();
  }
  expect(
    Buffer.compare(first.get('coordinators/coordinators.xlsx') as Buffer, second.get('coordinators/coordinators.xlsx') as Buffer),
  ).toBe(0);
});

test("every portal page is valid HTML (the project's html-validate rules)", async () => {
  const problems: string[] = [];
  for (const [path, content] of files) {
    if (!path.endsWith('.html')) continue;
    const report = await validator.validateString(String(content), path);
    for (const result of report.results) {
      for (const message of result.messages)
        if (message.severity === 2) problems.push(`${path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
    }
  }
  expect(problems).toEqual([]);
  expect([...files.keys()].filter((path) => path.endsWith('.html'))).toHaveLength(4 + data.municipalities.length);
});
