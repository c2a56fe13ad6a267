/**
 * Search quality, measured on real built indexes in Chromium through the search page as a user types:
 * the questions of search-eval/queries.ts over the sample school and two generated schools (different
 * seeds, so different people, phones and wording). Prints precision@1, top-3, MRR and the share with no
 * result for each school and each half (search-eval/halves.ts), lists the development half's misses, and holds the
 * held-out half to the floor it reached (the issue's targets are printed; they are not met yet).
 * `SEARCH_EVAL_HALF=development` runs only the development half (for tuning, so the held-out half
 * stays unseen); such a run also asks the fresh development questions of search-eval/fresh-queries.ts
 * over two more generated schools. The blind set of search-eval/blind-queries.ts is reported apart,
 * with figures only.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { generateSchool, writeSchool } from '../../scripts/bench/generate.ts';
import { hasChromium, launchChromium } from '../../scripts/lib/chromium.ts';
import { serveSite, type RunningServer } from '../../scripts/lib/static-server.ts';
import { figuresOf, formatFigures, halfOf, type Half } from './search-eval/halves.ts';
import { evalCases, type EvalCase } from './search-eval/queries.ts';
import { blindCases, isBlindAnswer } from './search-eval/blind-queries.ts';
import { fourthBatchCases, freshCases, thirdBatchCases } from './search-eval/fresh-queries.ts';
import { fifthBatchCases } from './search-eval/fifth-batch.ts';
import { sixthBatchCases } from './search-eval/sixth-batch.ts';
import { seventhBatchCases } from './search-eval/seventh-batch.ts';
import { eighthBatchCases } from './search-eval/eighth-batch.ts';
import { ninthBatchCases } from './search-eval/ninth-batch.ts';
import { tenthBatchCases } from './search-eval/tenth-batch.ts';
import { eleventhBatchCases } from './search-eval/eleventh-batch.ts';
import { twelfthBatchCases } from './search-eval/twelfth-batch.ts';
import { thirteenthBatchCases } from './search-eval/thirteenth-batch.ts';
import { fourteenthBatchCases } from './search-eval/fourteenth-batch.ts';
import { fifteenthBatchCases } from './search-eval/fifteenth-batch.ts';
import { sixteenthBatchCases } from './search-eval/sixteenth-batch.ts';
import { seventeenthBatchCases } from './search-eval/seventeenth-batch.ts';
import { eighteenthBatchCases } from './search-eval/eighteenth-batch.ts';
import { nineteenthBatchCases } from './search-eval/nineteenth-batch.ts';
import { twentiethBatchCases } from './search-eval/twentieth-batch.ts';
import { twentyFirstBatchCases } from './search-eval/twenty-first-batch.ts';
import { missingPlaces } from './search-eval/site-places.ts';

/** Two generated schools besides the sample: seeds whose wording differs from the sample's and each other's. */
const GENERATED_SEEDS = [1, 4];
/**
 * The later batches of development questions, each over two generated schools of its own, asked only
 * in a tuning run (SEARCH_EVAL_HALF=development): figures and misses. Each batch was written before the
 * search was asked any of its questions, so its first figures measured questions the ranking was not
 * fitted to. `least` is how many questions the batch must hold over both schools.
 */
const DEVELOPMENT_BATCHES: readonly {
  label: string;
  seeds: readonly number[];
  casesOf: (contentDir: string) => EvalCase[];
  least: number;
}[] = [
  // search-eval/fresh-queries.ts, for the ranking work of 2026-12-07.
  { label: 'свежие вопросы', seeds: [2, 7], casesOf: freshCases, least: 100 },
  // Round 2 of the search work.
  { label: 'партия 3', seeds: [11, 12], casesOf: thirdBatchCases, least: 2 * 60 },
  // Round 3.
  { label: 'партия 4', seeds: [13, 14], casesOf: fourthBatchCases, least: 2 * 60 },
  // Round 4 (search-eval/fifth-batch.ts); first asked after the section fallback of find-records.ts.
  { label: 'партия 5', seeds: [15, 16], casesOf: fifthBatchCases, least: 2 * 90 },
  // Round 5 (search-eval/sixth-batch.ts); first asked after the guide topics and contact groups were indexed.
  { label: 'партия 6', seeds: [17, 18], casesOf: sixthBatchCases, least: 2 * 120 },
  // Round 5's check (search-eval/seventh-batch.ts): written while round 5 was tuned on batch 6, first
  // asked when it was done.
  { label: 'партия 7', seeds: [21, 22], casesOf: seventhBatchCases, least: 2 * 120 },
  // The check of rounds 5 and 6 (search-eval/eighth-batch.ts): written while round 6 was tuned on
  // batch 7, first asked when it was done.
  { label: 'партия 8', seeds: [23, 24], casesOf: eighthBatchCases, least: 2 * 120 },
  // The check of round 7 (search-eval/ninth-batch.ts): written while round 7 was tuned on batch 8,
  // first asked when it was done.
  { label: 'партия 9', seeds: [25, 26], casesOf: ninthBatchCases, least: 2 * 140 },
  // The check of round 8 (search-eval/tenth-batch.ts): written while round 8 was tuned on batch 9,
  // first asked when it was done.
  { label: 'партия 10', seeds: [27, 28], casesOf: tenthBatchCases, least: 2 * 150 },
  // The check of round 9 (search-eval/eleventh-batch.ts): written while round 9 was tuned on batch 10,
  // first asked when it was done.
  { label: 'партия 11', seeds: [29, 30], casesOf: eleventhBatchCases, least: 2 * 150 },
  // The check of round 10 (search-eval/twelfth-batch.ts): written while round 10 was tuned on batch 11,
  // first asked when it was done.
  { label: 'партия 12', seeds: [31, 32], casesOf: twelfthBatchCases, least: 2 * 150 },
  // The check of rounds 10 and 11 (search-eval/thirteenth-batch.ts): written while they were tuned on
  // batches 11 and 12, first asked when they were done.
  { label: 'партия 13', seeds: [33, 34], casesOf: thirteenthBatchCases, least: 2 * 150 },
  // The check of round 12 (search-eval/fourteenth-batch.ts): written while round 12 was tuned on batch
  // 13, first asked when it was done.
  { label: 'партия 14', seeds: [35, 36], casesOf: fourteenthBatchCases, least: 2 * 150 },
  // The check of round 13 (search-eval/fifteenth-batch.ts): written while round 13 was tuned on batch
  // 14, first asked when it was done.
  { label: 'партия 15', seeds: [37, 38], casesOf: fifteenthBatchCases, least: 2 * 150 },
  // The check of round 14 (search-eval/sixteenth-batch.ts): written while round 14 was tuned on batch
  // 15, first asked when it was done.
  { label: 'партия 16', seeds: [39, 40], casesOf: sixteenthBatchCases, least: 2 * 150 },
  // The check of round 15 (search-eval/seventeenth-batch.ts): written while round 15 was tuned on batch
  // 16, first asked when it was done.
  { label: 'партия 17', seeds: [41, 42], casesOf: seventeenthBatchCases, least: 2 * 150 },
  // The check of round 16 (search-eval/eighteenth-batch.ts): written while round 16 was tuned on batch
  // 17, first asked when it was done.
  { label: 'партия 18', seeds: [43, 44], casesOf: eighteenthBatchCases, least: 2 * 150 },
  // The check of round 17 (search-eval/nineteenth-batch.ts): written while round 17 was tuned on batch
  // 18's misses, blind to the search, its tests and every earlier batch's questions.
  { label: 'партия 19', seeds: [45, 46], casesOf: nineteenthBatchCases, least: 2 * 150 },
  // The check of round 18 (search-eval/twentieth-batch.ts): written while round 18 was tuned on batch
  // 19's misses, blind to the search, its tests and every earlier batch's questions.
  { label: 'партия 20', seeds: [47, 48], casesOf: twentiethBatchCases, least: 2 * 150 },
  // The check of round 19 (search-eval/twenty-first-batch.ts): written while round 19 was tuned on batch
  // 20's misses, blind to the search, its tests and every earlier batch's questions.
  { label: 'партия 21', seeds: [49, 50], casesOf: twentyFirstBatchCases, least: 2 * 150 },
];
/** The targets of the issue, on the held-out half of all schools together. */
const TARGET = { precisionAt1: 0.9, top3: 0.97, noResult: 0 };
/**
 * What the held-out half reached when it was scored at the end of rounds 5 and 6 of the search work
 * (2026-12-07, 192 questions): precision@1 0.84 and 0.83, top-3 0.93 and 0.94, MRR 0.89 (unchanged by
 * round 7; 0.84, 0.93, 0.89 after round 8, the generated schools built on 18 November, unchanged by
 * rounds 9 to 12; 0.86, 0.95, 0.91 after round 13; 0.85, 0.95, 0.90 after round 14; 0.86, 0.95, 0.91 after
 * round 15, and after round 16; 0.86, 0.96, 0.91 after rounds 17 and 18), no query
 * without a result, with the mission's suggestions counted as none (0.83, 0.90, 0.86 after rounds 3 and 4; 0.81, 0.89, 0.85
 * after round 2; 0.78, 0.86, 0.82 after the ranking work before it; 0.72, 0.85, 0.79 before that). The
 * targets above are NOT met; the test holds (just under) the floor reached so that search cannot get
 * worse unnoticed, and prints the gap.
 */
const FLOOR = { precisionAt1: 0.85, top3: 0.95, noResult: 0 };
/**
 * The blind set, scored at the end of the same rounds (2026-12-07, 849 questions): precision@1 0.83,
 * top-3 0.91 and 0.90, MRR 0.87, and 0.84, 0.92, 0.88 once the timetable index was searchable (0.85,
 * 0.92, 0.88 after round 7; 0.85, 0.92, 0.89 after round 8; 0.87, 0.92, 0.90 after rounds 10 to 13; 0.88,
 * 0.93, 0.90 after round 14; 0.88, 0.93, 0.91 after rounds 15 and 16; 0.89, 0.94, 0.92 after rounds 17 and 18); 9
 * questions (1.1 %) without a result — the mission's suggestions shown instead — and 6 (0.7 %), with 0.89, 0.95,
 * 0.92, after round 19 (vowels written by ear).
 * Before: 0.81, 0.90, 0.86, 1.1 % after rounds 3 and 4 (six of those nine had shown what Pagefind
 * matched by a shorter beginning of a word the index lacks, no longer shown); 0.79, 0.88, 0.83, under
 * 0.5 % after round 2; 0.75, 0.84, 0.80, 1 % after the ranking work; 0.74, 0.82, 0.79, 1 % at its first
 * scoring. Its floor, just under that, keeps it from getting worse.
 */
const BLIND_FLOOR = { precisionAt1: 0.87, top3: 0.94, noResult: 0.008 };
const onlyHalf = process.env['SEARCH_EVAL_HALF'] as Half | undefined;

interface Outcome {
  school: string;
  half: Half;
  rank: number;
  empty: boolean;
  line: string;
}

/** The status line says the search is over (it is emptied before each question). */
const STATUS = '#search-page-q-status';
const INPUT = '#search-page-q';

/**
 * Asks one question on a tab that shows the search page, as a person does there: the question in the
 * box and Enter pressed, then the places of the results read once the status line says the search is
 * over (one search at a time on a tab).
 */
async function rankOf(
  page: Page,
  server: RunningServer,
  { query, expected }: EvalCase,
  isAnswer = (places: readonly string[], path: string) => places.includes(path),
): Promise<{ rank: number; paths: string[] }> {
  await page.$eval(STATUS, (status) => (status.textContent = ''));
  // The text is put in without an input event: typing would also start the box's search-as-you-type a
  // moment later, which could finish after the next question was asked and show its results instead.
  await page.$eval(INPUT, (input, text) => ((input as HTMLInputElement).value = text), query);
  await page.press(INPUT, 'Enter');
  await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '') !== '', STATUS, { timeout: 15_000 });
  // The mission's pages offered when nothing matched are suggestions, not results: they count as none.
  const urls = await page.$$eval('.search-page [data-search-results]:not([data-search-suggested]) > li > a:first-child', (links) =>
    links.map((link) => link.getAttribute('href') ?? ''),
  );
  const base = new URL(server.url).pathname;
  const paths = urls.map((url) => url.replace(base, ''));
  return { rank: paths.findIndex((path) => isAnswer(expected, path)) + 1, paths };
}

/** Tabs asking at once. */
const TABS = 2;

/**
 * Every question's rank on one built site, in the questions' order, asked from a few tabs at once. Each
 * tab opens the search page once with a first question in its address (so its script and index are
 * loaded and the form is wired), then types every question into the box — a page load per question
 * made the ~1,300 questions take 10 minutes.
 */
async function rankEach(browser: Browser, siteDir: string, cases: readonly EvalCase[], isAnswer?: Parameters<typeof rankOf>[3]) {
  const server = await serveSite(siteDir);
  const results: Awaited<ReturnType<typeof rankOf>>[] = [];
  let next = 0;
  try {
    await Promise.all(
      Array.from({ length: TABS }, async () => {
        const page = await browser.newPage();
        try {
          await page.goto(`${server.url}search/?q=${encodeURIComponent('расписание')}`);
          await page.waitForFunction((selector) => (document.querySelector(selector)?.textContent ?? '') !== '', STATUS, {
            timeout: 15_000,
          });
          while (next < cases.length) {
            const index = next++;
            results[index] = await rankOf(page, server, cases[index]!, isAnswer);
          }
        } finally {
          await page.close();
        }
      }),
    );
  } finally {
    await server.close();
  }
  return results;
}

const report = (label: string, selected: readonly { rank: number; empty: boolean }[]) =>
  console.log(
    `Поиск, ${label}: ${formatFigures(
      figuresOf(
        selected.map((o) => o.rank),
        selected.filter((o) => o.empty).length,
      ),
    )}`,
  );

/** One question's outcome as a line of the list of misses. */
const lineOf = ({ query, expected }: EvalCase, rank: number, paths: readonly string[]) =>
  `«${query}» → ${rank || 'нет'} (первым: ${paths[0] ?? '—'}; нужно: ${expected.slice(0, 3).join(', ')})`;

const printMisses = (label: string, misses: readonly Outcome[]) => {
  if (misses.length > 0) console.log(`Не первыми (${label}):\n  ${misses.map((o) => `[${o.school}] ${o.line}`).join('\n  ')}`);
};

/**
 * The day generated schools are built on: inside their distance-learning period (16 November to 4
 * December 2026, scripts/bench/generate.ts), when people search their pages. Fixed, because the pages
 * change with the day (a class's week, what is upcoming), and the figures must not change with it.
 */
const GENERATED_BUILD_DATE = '2026-11-18';

/** A small generated school of `seed`, written and built under `root`. */
function buildGenerated(root: string, seed: number): { contentDir: string; siteDir: string } {
  const contentDir = join(root, `school-${seed}`);
  const siteDir = join(root, `site-${seed}`);
  writeSchool(generateSchool({ seed, size: 'small' }), contentDir);
  execFileSync(process.execPath, ['scripts/build.ts'], {
    env: {
      ...process.env,
      CONTENT_DIR: contentDir,
      OUT_DIR: siteDir,
      BUILD_WORK_DIR: join(root, `work-${seed}`),
      BUILD_DATE: GENERATED_BUILD_DATE,
      SITE_URL: 'https://school.example',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { contentDir, siteDir };
}

describe.skipIf(!hasChromium)('search finds what parents and pupils ask', () => {
  let browser: Browser;
  let root: string;
  const schools: { name: string; contentDir: string; siteDir: string }[] = [];
  /** The schools of each development batch, by its label. */
  const batchSchools = new Map<string, typeof schools>();
  const outcomes: Outcome[] = [];

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'search-eval-'));
    schools.push({ name: 'образец', contentDir: 'content', siteDir: inject('sampleSite') });
    for (const seed of GENERATED_SEEDS) schools.push({ name: `сгенерированная, seed ${seed}`, ...buildGenerated(root, seed) });
    if (onlyHalf === 'development') {
      for (const { label, seeds } of DEVELOPMENT_BATCHES)
        batchSchools.set(
          label,
          seeds.map((seed) => ({ name: `${label}, seed ${seed}`, ...buildGenerated(root, seed) })),
        );
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  test('every question over three schools', { timeout: 900_000 }, async () => {
    for (const school of schools) {
      const cases = evalCases(school.contentDir).filter((c) => !onlyHalf || halfOf(c.query) === onlyHalf);
      const ranked = await rankEach(browser, school.siteDir, cases);
      cases.forEach((c, i) => {
        const { rank, paths } = ranked[i]!;
        outcomes.push({ school: school.name, half: halfOf(c.query), rank, empty: paths.length === 0, line: lineOf(c, rank, paths) });
      });
    }

    for (const half of ['development', 'held-out'] as const) {
      const ofHalf = outcomes.filter((o) => o.half === half);
      if (ofHalf.length === 0) continue;
      for (const school of schools)
        report(
          `${school.name}, ${half}`,
          ofHalf.filter((o) => o.school === school.name),
        );
      report(`все школы, ${half}`, ofHalf);
      // Only the development half's misses are printed: the held-out half is scored by figures alone, so
      // nobody tunes on its questions by reading them.
      const misses = half === 'development' ? ofHalf.filter((o) => o.rank !== 1) : [];
      printMisses(half, misses);
    }
    expect(outcomes.length).toBeGreaterThanOrEqual(onlyHalf ? 75 : 150);
  });

  /**
   * Fresh development questions over schools of other seeds, in a tuning run only: figures and misses,
   * to tune on questions the ranking was not fitted to before.
   */
  const askFresh = async (label: string, freshOf: typeof schools, casesOf: (contentDir: string) => EvalCase[]) => {
    const fresh: Outcome[] = [];
    for (const school of freshOf) {
      const cases = casesOf(school.contentDir);
      expect(missingPlaces(school.siteDir, cases), `${school.name}: places the fresh questions expect but the site lacks`).toEqual([]);
      const ranked = await rankEach(browser, school.siteDir, cases);
      cases.forEach((c, i) => {
        const { rank, paths } = ranked[i]!;
        fresh.push({ school: school.name, half: 'development', rank, empty: paths.length === 0, line: lineOf(c, rank, paths) });
      });
    }
    for (const school of freshOf)
      report(
        school.name,
        fresh.filter((o) => o.school === school.name),
      );
    report(`${label}, все`, fresh);
    printMisses(
      label,
      fresh.filter((o) => o.rank !== 1),
    );
    return fresh;
  };

  for (const { label, casesOf, least } of DEVELOPMENT_BATCHES)
    test.skipIf(onlyHalf !== 'development')(
      `development batch «${label}» over two more generated schools`,
      { timeout: 900_000 },
      async () => {
        expect((await askFresh(label, batchSchools.get(label)!, casesOf)).length).toBeGreaterThanOrEqual(least);
      },
    );

  test.skipIf(onlyHalf === 'development')('the held-out half keeps the floor it reached (and prints the gap to the target)', () => {
    const heldOut = outcomes.filter((o) => o.half === 'held-out');
    expect(heldOut.length).toBeGreaterThanOrEqual(75);
    const figures = figuresOf(
      heldOut.map((o) => o.rank),
      heldOut.filter((o) => o.empty).length,
    );
    const met = figures.precisionAt1 >= TARGET.precisionAt1 && figures.top3 >= TARGET.top3 && figures.noResult <= TARGET.noResult;
    console.log(
      met
        ? 'Поиск: цель на отложенной половине достигнута.'
        : `Поиск: цель на отложенной половине НЕ достигнута (нужно precision@1 ≥ ${TARGET.precisionAt1}, топ-3 ≥ ${TARGET.top3}, без результата 0).`,
    );
    // The count only, not the questions: they stay unread (see above).
    expect(figures.noResult, `held-out questions without a result: ${heldOut.filter((o) => o.empty).length}`).toBeLessThanOrEqual(
      FLOOR.noResult,
    );
    expect(figures.top3).toBeGreaterThanOrEqual(FLOOR.top3);
    expect(figures.precisionAt1).toBeGreaterThanOrEqual(FLOOR.precisionAt1);
  });

  /**
   * The blind set (2026-12-07), written without looking at the search or the pages' wording: figures
   * for each school and overall, held to the floor of its one scoring. Its misses are not printed, and
   * a tuning run (SEARCH_EVAL_HALF) leaves it out, so nobody tunes on it.
   */
  test.skipIf(onlyHalf !== undefined)(
    'the blind set («слепой набор (2026-12-07)»): figures over three schools',
    { timeout: 900_000 },
    async () => {
      const blind: { school: string; rank: number; empty: boolean }[] = [];
      for (const school of schools) {
        const cases = blindCases(school.contentDir);
        expect(missingPlaces(school.siteDir, cases), `${school.name}: places the blind set expects but the site lacks`).toEqual([]);
        for (const { rank, paths } of await rankEach(browser, school.siteDir, cases, isBlindAnswer)) {
          blind.push({ school: school.name, rank, empty: paths.length === 0 });
        }
      }
      for (const school of schools)
        report(
          `слепой набор (2026-12-07), ${school.name}`,
          blind.filter((o) => o.school === school.name),
        );
      report('слепой набор (2026-12-07), все школы', blind);
      expect(blind.length).toBeGreaterThanOrEqual(3 * 120);
      const figures = figuresOf(
        blind.map((o) => o.rank),
        blind.filter((o) => o.empty).length,
      );
      expect(figures.noResult).toBeLessThanOrEqual(BLIND_FLOOR.noResult);
      expect(figures.top3).toBeGreaterThanOrEqual(BLIND_FLOOR.top3);
      expect(figures.precisionAt1).toBeGreaterThanOrEqual(BLIND_FLOOR.precisionAt1);
    },
  );
});
