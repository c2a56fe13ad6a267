/**
 * One school of a region: its content checked the checker's way plus the region's rule (its
 * `municipality` names one of the region's municipalities), and what the portal shows of it — a small
 * record kept in the build output, so an unchanged school is neither checked nor built again.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { checkContent } from '../checker/check-content.ts';
import { problemAt } from '../checker/validate-entry.ts';
import { didYouMean } from '../checker/suggest.ts';
import type { Problem } from '../content-model/problem.ts';
import { urgentNotices } from '../lib/announcements.ts';
import { isoDateIn } from '../lib/dates.ts';
import { plainText } from '../exports/feeds.ts';
import type { MunicipalityEntry } from './read-region.ts';

/** What the portal knows of a school: written by the shard that built it, read by the merge. */
export interface SchoolRecord {
  /** Folder name under schools/: the site's path under the portal. */
  id: string;
  /** The municipality's id (its file name). */
  municipality: string;
  name: string;
  shortName: string;
  distanceLearning: { active: boolean; from: string; to: string; order: { title: string; number?: string; date: string } | undefined };
  /** The hotline (first contact of kind hotline), or the reception phone when the school has none. */
  hotline: { title: string; phone: string };
  /** YYYY-MM-DD of the last content change (git's commit date where the folder is in git, else files' time). */
  lastChange: string;
  /** Urgent notices current on the build date. */
  urgent: { id: string; title: string; date: string; text: string }[];
  /** Hash of the content folder's files (and the build's settings): unchanged → not rebuilt. */
  hash: string;
}

/** Every file of the folder, sorted, hashed with its relative path. */
export function contentHash(dir: string, salt = ''): string {
  const hash = createHash('sha256').update(salt);
  const files = readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) {
    hash.update(relative(dir, file).split(sep).join(posix.sep)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex').slice(0, 24);
}

/** The date of the last change: git's last commit touching the folder, else the newest file's time. */
export function lastChangeDate(dir: string, timeZone: string): string {
  try {
    const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', '.'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    if (/^\d{4}-\d\d-\d\d$/.test(date) && dirty === '') return date;
  } catch {
    // Not a git work tree (or no git): the files' own times.
  }
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return isoDateIn(new Date(newest), timeZone);
}

export type SchoolCheck =
  { ok: true; record: Omit<SchoolRecord, 'hash' | 'lastChange'>; problems: Problem[] } | { ok: false; problems: Problem[] };

/** Checks one school's folder and, when it passes, extracts its record. `today` decides current notices. */
export function checkSchool(dir: string, id: string, municipalities: readonly MunicipalityEntry[], today: string): SchoolCheck {
  const { problems, model } = checkContent(dir);
  const schoolEntry = model.school[0];
  if (schoolEntry) {
    const written = schoolEntry.data.municipality;
    const known = [...municipalities.map((m) => m.id), ...municipalities.map((m) => m.data.name)];
    const list = municipalities.map((m) => `${m.id} (${m.data.name})`).join(', ');
    if (written === undefined) {
      problems.push(
        problemAt(
          schoolEntry,
          ['municipality'],
          `в регионе у школы должно быть поле municipality — напишите имя файла муниципалитета или его название: ${list}`,
          { on: 'key' },
        ),
      );
    } else if (!known.includes(written)) {
      const hint = didYouMean(written, known);
      problems.push(
        problemAt(
          schoolEntry,
          ['municipality'],
          `муниципалитета «${written}» нет в папке municipalities/ региона${hint ? ` — ${hint}` : ''}; известны: ${list}`,
        ),
      );
    }
  }
  if (problems.some((problem) => problem.severity === 'error') || !schoolEntry) return { ok: false, problems };
  const school = schoolEntry.data;
  const municipality = municipalities.find((m) => m.id === school.municipality || m.data.name === school.municipality)!;
  const order = model.documents.find((doc) => doc.data.id === school.distanceLearning.order)?.data;
  const hotline = model.contacts.find((contact) => contact.data.kind === 'hotline' && contact.data.phones.length > 0)?.data;
  return {
    ok: true,
    problems,
    record: {
      id,
      municipality: municipality.id,
      name: school.name,
      shortName: school.shortName,
      distanceLearning: {
        active: school.distanceLearning.active,
        from: school.distanceLearning.from,
        to: school.distanceLearning.to,
        order: order ? { title: order.title, date: order.date, ...(order.number ? { number: order.number } : {}) } : undefined,
      },
      hotline: hotline ? { title: hotline.title, phone: hotline.phones[0]! } : { title: 'Приёмная', phone: school.phone },
      urgent: urgentNotices(model.announcements, today)
        .sort((a, b) => b.data.date.localeCompare(a.data.date) || a.id.localeCompare(b.id))
        .map((notice) => ({ id: notice.id, title: notice.data.title, date: notice.data.date, text: plainText(notice.source.body ?? '') })),
    },
  };
}
