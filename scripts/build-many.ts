/**
 * `npm run build:many -- --schools DIR --out DIR [--jobs N] [--shard k/n]`: builds every school of a
 * municipality or region — DIR/<school>/ is one school's content folder, OUT/<school>/ its site. Each
 * school is reported as built or failed; a failure does not stop the others; exit code 1 if any failed.
 */
import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { buildMany, parseShard } from './many/many.ts';
import { tail } from './many/run-build.ts';

const USAGE = 'npm run build:many -- --schools ПАПКА_ШКОЛ --out ПАПКА_САЙТОВ [--jobs N] [--shard k/n]';

/** Two builds at a time only where there are cores to spare: one build already keeps a core busy. */
export const DEFAULT_JOBS = Math.max(1, Math.min(2, Math.floor(availableParallelism() / 2)));

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      schools: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string', default: String(DEFAULT_JOBS) },
      shard: { type: 'string' },
    },
  });
  const jobs = Number(values.jobs);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (!values.schools || !values.out || !Number.isInteger(jobs) || jobs < 1 || (values.shard !== undefined && !shard)) {
    console.error(`Использование: ${USAGE}`);
    return 2;
  }
  if (!existsSync(values.schools) || !statSync(values.schools).isDirectory()) {
    console.error(`Папка со школами не найдена: ${values.schools}`);
    return 2;
  }
  const report = await buildMany({
    schoolsDir: values.schools,
    outDir: values.out,
    jobs,
    ...(shard ? { shard } : {}),
    onResult: (result) => {
      if (result.ok) console.log(`✓ ${result.school}: собрана за ${result.seconds.toFixed(1)} с`);
      else console.error(`✗ ${result.school}: не собрана (${result.seconds.toFixed(1)} с)\n${tail(result.output).replace(/^/gm, '    ')}`);
    },
  });
  const failed = report.results.filter((result) => !result.ok);
  const part = shard ? `, часть ${shard.index} из ${shard.count}` : '';
  console.log(
    `Школ: ${report.results.length}${part}; собрано ${report.results.length - failed.length}, с ошибками ${failed.length}; ${report.seconds.toFixed(1)} с, по ${jobs} одновременно.`,
  );
  if (failed.length > 0) console.error(`Не собраны: ${failed.map((result) => result.school).join(', ')}`);
  return failed.length > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
