/**
 * `npm run build:region -- --region DIR --out DIR [--jobs N] [--shard k/n]`: every school's site of a
 * region (only those whose content changed since the last build) and the region's portal.
 * `npm run build:region -- --merge PART… --out DIR`: the portal from shards' outputs.
 * Exit code 1 when any school failed or the region's own files have errors; 2 for wrong arguments.
 */
import { parseArgs } from 'node:util';
import { parseShard } from './many/many.ts';
import { DEFAULT_JOBS } from './build-many.ts';
import { buildRegion, mergeRegion } from './region/build.ts';

const USAGE = [
  'npm run build:region -- --region ПАПКА_РЕГИОНА --out ПАПКА_ПОРТАЛА [--jobs N] [--shard k/n]',
  'npm run build:region -- --merge ЧАСТЬ1 ЧАСТЬ2 … --out ПАПКА_ПОРТАЛА',
].join('\n  ');

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      region: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string', default: String(DEFAULT_JOBS) },
      shard: { type: 'string' },
      merge: { type: 'string', multiple: true },
    },
  });
  const jobs = Number(values.jobs);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (!values.out || !Number.isInteger(jobs) || jobs < 1 || (values.shard !== undefined && !shard)) {
    console.error(`Использование:\n  ${USAGE}`);
    return 2;
  }
  if (values.merge) {
    try {
      const report = await mergeRegion([...values.merge, ...positionals], values.out);
      return report.ok ? 0 : 1;
    } catch (error) {
      console.error(`Портал не собран: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
  }
  if (!values.region || positionals.length > 0) {
    console.error(`Использование:\n  ${USAGE}`);
    return 2;
  }
  const report = await buildRegion({ regionDir: values.region, outDir: values.out, jobs, shard });
  return report.ok ? 0 : 1;
}

if (import.meta.main) process.exitCode = await main();
