/**
 * Reads and checks a region folder's own files — `region.yaml` and `municipalities/*.yaml` — with the
 * checker's machinery (positions, Russian messages, «did you mean»). Schools are checked one by one
 * elsewhere (school-record.ts), so one broken school never stops the rest.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import type { CollectionDefinition } from '../content-model/collections.ts';
import type { Problem } from '../content-model/problem.ts';
import { readCollection, type RawEntry } from '../content-model/read-collection.ts';
import { byPlace } from '../checker/check-content.ts';
import { didYouMean } from '../checker/suggest.ts';
import { problemAt, validateEntry } from '../checker/validate-entry.ts';
import { municipalitySchema, regionSchema, type Municipality, type Region } from './schemas.ts';

/** The region's files, as the checker's collections table describes a school's. */
export const regionFiles = {
  region: { storage: { kind: 'single', file: 'region.yaml' }, schema: regionSchema, required: true, label: 'регион' },
  municipalities: {
    storage: { kind: 'per-file', dir: 'municipalities' },
    schema: municipalitySchema,
    required: true,
    label: 'муниципалитет',
  },
} as const satisfies Record<string, CollectionDefinition>;

/** The folder with one content folder per school. */
export const SCHOOLS_DIR = 'schools';

export interface MunicipalityEntry {
  /** File name without `.yaml`. */
  id: string;
  data: Municipality;
}

export interface RegionRead {
  /** undefined when region.yaml is missing or broken. */
  region: Region | undefined;
  municipalities: MunicipalityEntry[];
  /** Errors in the region's own files (paths relative to the region folder). */
  problems: Problem[];
}

function validateAll<T>(entries: RawEntry[], schema: z.ZodType<T>, problems: Problem[]): { entry: RawEntry; data: T }[] {
  const valid: { entry: RawEntry; data: T }[] = [];
  for (const entry of entries) {
    const result = validateEntry(entry, schema);
    if (result.ok) valid.push({ entry, data: result.data });
    else problems.push(...result.problems);
  }
  return valid;
}

const missing = (file: string, message: string): Problem => ({ severity: 'error', file, line: 0, column: 0, field: '', message });

export function readRegion(regionDir: string): RegionRead {
  const problems: Problem[] = [];
  if (!existsSync(regionDir) || !statSync(regionDir).isDirectory()) {
    return { region: undefined, municipalities: [], problems: [missing('', 'папка региона не найдена — проверьте путь после --region')] };
  }
  const regionRead = readCollection(regionDir, 'region', regionFiles.region);
  problems.push(...regionRead.problems);
  if (regionRead.files.length === 0)
    problems.push(
      missing(
        'region.yaml',
        'нет файла region.yaml — создайте его по образцу из руководства (название, целевая доля, координаторы, план-график)',
      ),
    );
  const [regionEntry] = validateAll(regionRead.entries, regionFiles.region.schema() as z.ZodType<Region>, problems);

  const municipalRead = readCollection(regionDir, 'municipalities', regionFiles.municipalities);
  problems.push(...municipalRead.problems);
  if (municipalRead.files.length === 0)
    problems.push(missing('municipalities', 'нет ни одного муниципалитета — добавьте файлы municipalities/<имя-латиницей>.yaml'));
  const municipalities = validateAll(municipalRead.entries, regionFiles.municipalities.schema() as z.ZodType<Municipality>, problems);

  for (const { entry } of municipalities) {
    if (!/^[a-z0-9][a-z0-9-]*$/.test(entry.id)) {
      problems.push({
        ...missing(
          entry.file,
          'имя файла муниципалитета пишется латиницей в нижнем регистре, цифрами и дефисами — например novokuznetsk.yaml',
        ),
        line: 1,
        column: 1,
      });
    }
  }
  if (regionEntry) {
    const seen = new Set<string>();
    regionEntry.data.plan.forEach((item, index) => {
      if (seen.has(item.id))
        problems.push(
          problemAt(
            regionEntry.entry,
            ['plan', index, 'id'],
            `номер мероприятия «${item.id}» уже есть в плане — у каждого мероприятия свой номер`,
          ),
        );
      seen.add(item.id);
    });
    const municipal = regionEntry.data.plan.filter((item) => item.municipal).map((item) => item.id);
    for (const { entry, data } of municipalities) {
      data.plan.forEach((progress, index) => {
        if (municipal.includes(progress.item)) return;
        const hint = didYouMean(progress.item, municipal);
        problems.push(
          problemAt(
            entry,
            ['plan', index, 'item'],
            `в региональном плане нет мероприятия «${progress.item}» для муниципалитетов${hint ? ` — ${hint}` : ''}; такие мероприятия отмечены municipal: true в region.yaml (${municipal.join(', ') || 'пока ни одного'})`,
          ),
        );
      });
    }
  }
  return {
    region: regionEntry?.data,
    municipalities: municipalities.map(({ entry, data }) => ({ id: entry.id, data })),
    problems: problems.sort(byPlace),
  };
}

/** The school folders' path inside the region folder. */
export function schoolsDirOf(regionDir: string): string {
  return join(regionDir, SCHOOLS_DIR);
}
