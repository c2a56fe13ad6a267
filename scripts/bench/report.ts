/** The figures of `npm run bench` (also written as JSON) and their tables for the console. */
import type { PortalFigures, RegionFigures } from './region.ts';
import type { SiteStats } from './site-stats.ts';

export interface SchoolFigures {
  name: string;
  contentFiles: number;
  /** Median wall time of the measured builds, seconds (warm-up excluded), and every run. */
  buildSeconds: number;
  runs: number[];
  /** The first (warm-up) build: cold disk caches, as on a fresh CI machine. */
  warmUpSeconds: number;
  /** Median CPU time of the build process, seconds. */
  cpuSeconds: number;
  pagesPerSecond: number;
  checkerMs: number;
  indexSeconds: number;
  site: SiteStats;
}

export interface MarkdownCost {
  school: string;
  unifiedSeconds: number;
  satteriSeconds: number;
  /** unified ÷ Sätteri: above 1 is what the project's Markdown pipeline costs. */
  ratio: number;
  unifiedCpu: number;
  satteriCpu: number;
  cpuRatio: number;
}

/** The same school's Markdown built by Astro Starlight, runs interleaved with the project's. */
export interface StarlightComparison {
  school: string;
  projectPages: number;
  projectSeconds: number;
  starlightPages: number;
  /** Median wall time of Starlight's cold builds, seconds, and every run. */
  starlightSeconds: number;
  starlightRuns: number[];
  /** Project pages per second ÷ Starlight pages per second: above 1, the project is faster per page. */
  ratio: number;
}

export interface BenchResults {
  date: string;
  commit: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: number[] };
  runsPerBuild: number;
  schools: SchoolFigures[];
  /**
   * `checkContent` in a warm process, `node scripts/check.ts` as a whole process (start-up included),
   * and `npm run check` as an editor runs it (npm's start-up too; absent from results before it was measured).
   */
  checker: { files: number; medianMs: number; filesPerSecond: number; processMedianMs: number; npmRunMedianMs?: number };
  starlight: StarlightComparison[];
  /** The same school built with the project's unified pipeline and with Astro's default Sätteri. */
  markdown: MarkdownCost[];
  many: { size: string; jobs: number; rows: { schools: number; seconds: number; perSchool: number; failed: number }[] };
  /** The region benchmarks (scripts/bench/region.ts), when they ran. */
  region?: { build?: RegionFigures; portal?: PortalFigures };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const s = (seconds: number) => seconds.toFixed(1);

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [
    line(head),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

export function formatResults(r: BenchResults): string {
  const metric = (label: string, value: (f: SchoolFigures) => string) => [label, ...r.schools.map(value)];
  const schools = table(
    ['', ...r.schools.map((f) => f.name)],
    [
      metric('файлов содержимого', (f) => String(f.contentFiles)),
      metric('страниц (HTML)', (f) => String(f.site.pages)),
      metric(`сборка, медиана из ${r.runsPerBuild}, с`, (f) => s(f.buildSeconds)),
      metric('  все прогоны, с', (f) => f.runs.map(s).join(' / ')),
      metric('  первая (прогрев), с', (f) => s(f.warmUpSeconds)),
      metric('  время ЦП сборки, с', (f) => s(f.cpuSeconds)),
      metric('страниц в секунду', (f) => f.pagesPerSecond.toFixed(1)),
      metric('проверка содержимого, мс', (f) => f.checkerMs.toFixed(0)),
      metric('поисковый индекс, с', (f) => f.indexSeconds.toFixed(2)),
      metric('dist, МБ', (f) => mb(f.site.distBytes)),
      metric('медианная страница, КБ gz', (f) => kb(f.site.medianPageGzip)),
      metric(
        'крупнейшая страница, КБ gz',
        (f) => `${kb(f.site.largestPage.gzip)} (${f.site.largestPage.page.replace(/index\.html$/, '')})`,
      ),
      metric('главная, КБ gz', (f) => kb(f.site.homeGzip)),
    ],
  );
  const markdown = table(
    ['Markdown: сборка, медиана, с (ЦП, с)', 'unified + remark-gfm', 'Sätteri', 'unified ÷ Sätteri'],
    r.markdown.map((m) => [
      m.school,
      `${s(m.unifiedSeconds)} (${s(m.unifiedCpu)})`,
      `${s(m.satteriSeconds)} (${s(m.satteriCpu)})`,
      `${m.ratio.toFixed(2)} (${m.cpuRatio.toFixed(2)})`,
    ]),
  );
  const checker = table(
    ['Проверка', 'файлов', 'медиана, мс', 'файлов в секунду'],
    [
      [
        'только checkContent (тёплый процесс, файлы уже прочитаны)',
        String(r.checker.files),
        r.checker.medianMs.toFixed(0),
        r.checker.filesPerSecond.toFixed(0),
      ],
      [
        'процесс целиком (node scripts/check.ts)',
        String(r.checker.files),
        r.checker.processMedianMs.toFixed(0),
        (r.checker.files / (r.checker.processMedianMs / 1000)).toFixed(0),
      ],
      ...(r.checker.npmRunMedianMs === undefined
        ? []
        : [
            [
              'npm run check (как у редактора)',
              String(r.checker.files),
              r.checker.npmRunMedianMs.toFixed(0),
              (r.checker.files / (r.checker.npmRunMedianMs / 1000)).toFixed(0),
            ],
          ]),
    ],
  );
  const perSecond = (pages: number, seconds: number) => (pages / seconds).toFixed(1);
  const starlight =
    r.starlight.length === 0
      ? ''
      : table(
          [
            'Starlight: та же школа, медианы',
            'страниц',
            'сборка, с',
            'стр./с',
            'Starlight: страниц',
            'сборка, с',
            'стр./с',
            'проект ÷ Starlight',
          ],
          r.starlight.map((c) => [
            c.school,
            String(c.projectPages),
            s(c.projectSeconds),
            perSecond(c.projectPages, c.projectSeconds),
            String(c.starlightPages),
            s(c.starlightSeconds),
            perSecond(c.starlightPages, c.starlightSeconds),
            c.ratio.toFixed(2),
          ]),
        );
  const many =
    r.many.rows.length === 0
      ? ''
      : table(
          [`Много школ (${r.many.size}, по ${r.many.jobs})`, 'всего, с', 'на школу, с', 'не собрано'],
          r.many.rows.map((row) => [`N = ${row.schools}`, s(row.seconds), s(row.perSchool), String(row.failed)]),
        );
  const machine = `${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGb} ГБ, Node ${r.machine.node}, load average ${r.machine.loadAverage.map((l) => l.toFixed(1)).join(' ')}`;
  return [`Коммит ${r.commit}, ${r.date}; ${machine}`, '', schools, '', starlight, '', markdown, '', checker, '', many]
    .join('\n')
    .trimEnd();
}
