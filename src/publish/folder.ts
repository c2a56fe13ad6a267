/**
 * Publishing to a folder the web server serves (`/var/www/school`): the new site is assembled in a
 * hidden sibling — changed files copied from dist/, unchanged ones hard-linked from the live folder —
 * and then swapped in with two renames.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { PublishError } from './errors.ts';
import { manifestOfFolder, type Manifest, type Plan } from './manifest.ts';
import type { Publisher, PublishOptions } from './publisher.ts';
import { recoverInterruptedSwap, siblingOf, swapFolder } from './swap-folder.ts';

function isInside(child: string, parent: string): boolean {
  const path = relative(parent, child);
  return path === '' || !(path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path));
}

/** Copies a file, or hard-links it when both are on one disk (the old folder is deleted after the swap anyway). */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export function folderPublisher(path: string): Publisher {
  const target = resolve(path);
  return {
    async readLive(log): Promise<Manifest> {
      // A publication killed half-way leaves hidden copies beside the folder; tidy them (dry runs too).
      if (recoverInterruptedSwap(target) === 'restored')
        log(`Прежняя публикация была прервана между двумя переименованиями: папка ${target} восстановлена.`);
      if (!existsSync(target)) return new Map();
      if (!statSync(target).isDirectory()) throw new PublishError(`${target} — не папка. Укажите папку, которую показывает веб-сервер.`);
      const names = readdirSync(target);
      // The folder is replaced whole: refuse one that is not a site (a typo such as the home folder).
      if (names.length > 0 && !names.includes('index.html')) {
        throw new PublishError(
          `Папка ${target} не пуста и не похожа на сайт (в ней нет index.html). Публикация заменила бы её целиком, поэтому она не тронута. Укажите пустую папку или папку прежней публикации.`,
        );
      }
      return manifestOfFolder(target);
    },

    async publish(local: Manifest, plan: Plan, { siteDir, onStep }: PublishOptions): Promise<void> {
      const site = resolve(siteDir);
      if (isInside(target, site) || isInside(site, target)) {
        throw new PublishError(`Папка публикации ${target} и собранный сайт ${site} не должны быть вложены друг в друга.`);
      }
      mkdirSync(dirname(target), { recursive: true });
      const staged = siblingOf(target, 'new');
      const unchanged = new Set(plan.unchanged.map((entry) => entry.path));
      try {
        for (const { path: file } of local.values()) {
          const keep = unchanged.has(file);
          onStep?.({ action: keep ? 'keep' : 'send', path: file });
          const destination = join(staged, file);
          mkdirSync(dirname(destination), { recursive: true });
          if (keep) linkOrCopy(join(target, file), destination);
          else copyFileSync(join(site, file), destination);
        }
        mkdirSync(staged, { recursive: true });
        for (const entry of plan.removed) onStep?.({ action: 'remove', path: entry.path });
        swapFolder(staged, target);
      } catch (error) {
        rmSync(staged, { recursive: true, force: true });
        throw error;
      }
    },

    servedFrom: () => `Веб-сервер должен показывать папку ${target}.`,
    close: async () => {},
  };
}
