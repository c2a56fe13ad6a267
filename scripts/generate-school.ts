/**
 * `npm run generate -- --seed 1 --out /tmp/big --size large`: writes a synthetic school (valid content,
 * the same files for the same seed) for benchmarks. Sizes: small, medium, large, huge (≥ 1,000 files).
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateSchool, SIZES, writeSchool, type SizeName } from './bench/generate.ts';
import { generateRegion } from './bench/generate-region.ts';

const USAGE = `npm run generate -- --out ПАПКА [--seed ЧИСЛО] [--size ${Object.keys(SIZES).join('|')}] [--force] [--help]
  или регион: npm run generate -- --region --out ПАПКА [--seed ЧИСЛО] [--schools 12] [--municipalities 3] [--size tiny,small,medium] [--force]`;

const OPTIONS = {
  seed: { type: 'string', default: '1' },
  out: { type: 'string' },
  size: { type: 'string' },
  force: { type: 'boolean', default: false },
  region: { type: 'boolean', default: false },
  schools: { type: 'string', default: '12' },
  municipalities: { type: 'string', default: '3' },
  help: { type: 'boolean', short: 'h', default: false },
} as const;

const parseOptions = (args: readonly string[]) => parseArgs({ args: [...args], options: OPTIONS }).values;

/** What was wrong with the command line, in Russian: Node's parseArgs explains it in English with a stack trace. */
function argumentProblem(error: unknown): string | undefined {
  const code = (error as { code?: unknown }).code;
  const message = String((error as Error).message);
  const named = /'([^'\s]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return `Неизвестный параметр «${named}».`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return message.includes('does not take') ? `Параметр «${named}» пишется без значения.` : `После «${named}» нужно значение.`;
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL')
    return `Лишнее слово «${named}»: каждое значение пишется после своего параметра, например --out ПАПКА.`;
  return undefined;
}

/** Runs the command with these arguments; the exit code (2: a wrong command line or output folder). */
export function main(args: readonly string[] = process.argv.slice(2)): number {
  let values: ReturnType<typeof parseOptions>;
  try {
    values = parseOptions(args);
  } catch (error) {
    const problem = argumentProblem(error);
    if (problem === undefined) throw error;
    console.error(`${problem}\nИспользование: ${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(`Использование: ${USAGE}`);
    return 0;
  }
  const seed = Number(values.seed);
  const sizes = (values.size ?? (values.region ? 'tiny,small,medium' : 'large')).split(',');
  const [schools, municipalities] = [Number(values.schools), Number(values.municipalities)];
  const counts = Number.isInteger(schools) && schools >= 1 && Number.isInteger(municipalities) && municipalities >= 1;
  if (
    !values.out ||
    !Number.isInteger(seed) ||
    !sizes.every((size) => size in SIZES) ||
    (!values.region && sizes.length !== 1) ||
    !counts
  ) {
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
  if (values.region) {
    const files = generateRegion({ seed, schools, municipalities, sizes: sizes as SizeName[] });
    writeSchool(files, out);
    console.log(`Регион (seed ${seed}): ${municipalities} муниципалитета(ов), ${schools} школ, ${files.size} файлов в ${out}`);
    return 0;
  }
  const files = generateSchool({ seed, size: sizes[0] as SizeName });
  writeSchool(files, out);
  console.log(`Школа (seed ${seed}, ${sizes[0]}): ${files.size} файлов в ${out}`);
  return 0;
}

if (import.meta.main) process.exitCode = main();
