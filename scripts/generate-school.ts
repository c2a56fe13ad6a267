/**
 * `npm run generate -- --seed 1 --out /tmp/big --size large`: writes a synthetic school (valid content,
 * the same files for the same seed) for benchmarks. Sizes: small, medium, large, huge (≥ 1,000 files).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSchool, SIZES, writeSchool, type SizeName } from './bench/generate.ts';

const USAGE = `npm run generate -- --out ПАПКА [--seed ЧИСЛО] [--size ${Object.keys(SIZES).join('|')}] [--force]`;

function main(): number {
  const { values } = parseArgs({
    options: { seed: { type: 'string', default: '1' }, out: { type: 'string' }, size: { type: 'string', default: 'large' }, force: { type: 'boolean', default: false } },
  });
  const seed = Number(values.seed);
  if (!values.out || !Number.isInteger(seed) || !(values.size in SIZES)) {
    console.error(`Использование: ${USAGE}`);
    return 2;
  }
  const out = resolve(values.out);
  if (out === resolve('content')) {
    console.error('Нельзя писать в папку content/ проекта — укажите другую папку.');
    return 2;
  }
  if (existsSync(out) && readdirSync(out).length > 0) {
    if (!values.force) {
      console.error(`Папка ${out} не пуста — укажите пустую или добавьте --force, чтобы заменить её содержимое.`);
      return 2;
    }
    rmSync(out, { recursive: true, force: true });
  }
  const files = generateSchool({ seed, size: values.size as SizeName });
  writeSchool(files, out);
  console.log(`Школа (seed ${seed}, ${values.size}): ${files.size} файлов в ${out}`);
  return 0;
}

if (import.meta.main) process.exitCode = main();
