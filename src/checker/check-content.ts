/**
 * The checker: reads the whole content folder, validates every entry against its schema and applies
 * the cross-file rules of the contract. Returns all problems at once, sorted by file and line.
 */
import { existsSync, statSync } from 'node:fs';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../content-model/collections.ts';
import type { Problem } from '../content-model/problem.ts';
import { readCollection } from '../content-model/read-collection.ts';
import { buildDate } from '../lib/dates.ts';
import { fileSizeProblems, listLengthProblem } from './limits.ts';
import { markdownBodyProblems } from './markdown-file.ts';
import type { Checked, ContentModel } from './model.ts';
import { checkAddresses } from './rules/addresses.ts';
import { checkCharacters } from './rules/characters.ts';
import { checkConsistency } from './rules/consistency.ts';
import { checkRequiredPresent, checkUnknownFiles } from './rules/files.ts';
import { checkFileNames, checkSymlinks } from './rules/file-names.ts';
import { checkPersonalData } from './rules/personal-data.ts';
import { checkPictureFiles } from './rules/picture-files.ts';
import { checkPlatforms } from './rules/platforms.ts';
import { checkSvgFiles } from './rules/svg.ts';
import { checkRecommendations } from './rules/recommendations.ts';
import { checkReferences, type KnownIds } from './rules/references.ts';
import { checkSiteLinks } from './rules/site-links.ts';
import { checkTimetable } from './rules/timetable.ts';
import { checkTimetableChanges } from './rules/timetable-changes.ts';
import { validateEntry } from './validate-entry.ts';

export interface CheckResult {
  /** Errors and warnings, sorted by file, line and column. */
  problems: Problem[];
  /** How many content files were read. */
  fileCount: number;
  /** The valid entries (complete only when there are no errors). */
  model: ContentModel;
}

/**
 * Each collection's schema, made once: a schema is a function that builds new zod objects, and zod
 * compiles each object's checks on first use, which cost more than the validating when a process
 * checks more than one folder (the tests check hundreds).
 */
const schemas = new Map<CollectionName, z.ZodType>();
function schemaOf(name: CollectionName): z.ZodType {
  let schema = schemas.get(name);
  if (!schema) schemas.set(name, (schema = collections[name].schema() as z.ZodType));
  return schema;
}

export function byPlace(a: Problem, b: Problem): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column;
}

/** Checks the content folder. Never throws for a content problem; every problem is in the result. */
export function checkContent(contentDir: string): CheckResult {
  const model = Object.fromEntries(Object.keys(collections).map((name) => [name, []])) as unknown as ContentModel;
  if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
    return {
      // file '' is the folder itself: the formatter prefixes the folder, so naming it here printed it twice.
      problems: [
        {
          severity: 'error',
          file: '',
          line: 0,
          column: 0,
          field: '',
          message: 'папка с содержимым не найдена — проверьте путь (CONTENT_DIR) или создайте папку content',
        },
      ],
      fileCount: 0,
      model,
    };
  }

  const problems: Problem[] = [];
  const claimed = new Set<string>();
  const counts = new Map<string, number>();
  const known: KnownIds = {};
  /** Collections with an entry that failed to read or validate: rules counting their entries would mislead. */
  const incomplete = new Set<CollectionName>();
  for (const [name, definition] of Object.entries(collections) as [CollectionName, (typeof collections)[CollectionName]][]) {
    const read = readCollection(contentDir, name, definition);
    read.files.forEach((file) => claimed.add(file));
    problems.push(...read.problems);
    if (definition.storage.kind === 'markdown') problems.push(...markdownBodyProblems(contentDir, read.entries));
    counts.set(name, read.entries.length + read.problems.length);
    const { storage } = definition;
    const tooMany = listLengthProblem('file' in storage ? storage.file : `${storage.dir}/`, read.entries.length);
    if (tooMany) problems.push(tooMany);
    if (name === 'staff' || name === 'platforms' || name === 'classes' || name === 'documents') known[name] = read.ids;
    if (read.problems.length > 0) incomplete.add(name);
    const schema = schemaOf(name);
    const valid: Checked<unknown>[] = [];
    for (const entry of read.entries) {
      const result = validateEntry(entry, schema);
      if (result.ok) valid.push({ ...entry, data: result.data });
      else {
        problems.push(...result.problems);
        incomplete.add(name);
      }
    }
    (model as Record<CollectionName, Checked<unknown>[]>)[name] = valid;
  }

  problems.push(
    ...checkUnknownFiles(contentDir, claimed),
    ...checkFileNames(contentDir),
    ...checkSymlinks(contentDir, claimed),
    ...checkSvgFiles(contentDir),
    ...fileSizeProblems(contentDir, claimed),
    ...checkPictureFiles(contentDir),
    ...checkRequiredPresent(counts),
    ...checkReferences(model, known),
    // «No primary platform» is false when the primary one has an error of its own; that error is enough.
    ...(incomplete.has('platforms') ? [] : checkPlatforms(model)),
    ...checkTimetable(model),
    ...checkTimetableChanges(model),
    ...checkConsistency(model),
    ...checkAddresses(model),
    ...checkSiteLinks(model),
    ...checkCharacters(model),
    // The build date decides whether a consent is signed yet; without a valid school.yaml, Moscow's date.
    ...checkPersonalData(model, buildDate(model.school[0]?.data.timezone ?? 'Europe/Moscow')),
  );
  const hasErrors = problems.some((problem) => problem.severity === 'error');
  if (!hasErrors) problems.push(...checkRecommendations(model));
  return { problems: problems.sort(byPlace), fileCount: claimed.size, model };
}
