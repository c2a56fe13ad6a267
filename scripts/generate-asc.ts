/**
 * `npm run generate:asc -- --out FILE [--seed N]`: writes a synthetic aSc Timetables XML export of a
 * whole school (see scripts/bench/asc-export.ts), to try or time `npm run import -- timetable FILE`.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ascExport } from './bench/asc-export.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, seed: { type: 'string', default: '1' } } });
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(seed)) {
  console.error('Использование: npm run generate:asc -- --out ФАЙЛ.xml [--seed ЧИСЛО]');
  process.exitCode = 2;
} else {
  const result = ascExport(seed);
  writeFileSync(values.out, result.xml);
  console.log(
    `Выгрузка aSc (seed ${seed}): ${result.classes} классов, ${result.cards} карточек, ${result.teachers} учителей → ${values.out}`,
  );
}
