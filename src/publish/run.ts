/**
 * `npm run publish -- TARGET [--dry-run]` as a function: reads the built site, asks the target what is
 * live, prints the plan, and (unless it is a dry run) sends it.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileProblem, PublishError } from './errors.ts';
import { folderPublisher } from './folder.ts';
import { manifestOfFolder, planChanges, type Plan } from './manifest.ts';
import type { Publisher, PublishStep } from './publisher.ts';
import { s3Publisher } from './s3.ts';
import { sftpPublisher } from './sftp.ts';
import { describeTarget, parseTarget, type Target } from './target.ts';
import { zipPublisher } from './zip.ts';

export interface PublishRequest {
  /** The target as typed: a folder, `zip:FILE`, `sftp://…`, `s3://…`. */
  target: string;
  /** The built site (dist/). */
  siteDir: string;
  dryRun?: boolean | undefined;
  /** Where secrets and settings come from (SFTP_PASSWORD, AWS_ACCESS_KEY_ID, …). */
  env?: Record<string, string | undefined> | undefined;
  log?: ((line: string) => void) | undefined;
  onStep?: ((step: PublishStep) => void) | undefined;
}

export interface PublishResult {
  plan: Plan;
  /** Every step taken, in order (none on a dry run). */
  steps: PublishStep[];
}

export function publisherFor(target: Target, env: Record<string, string | undefined>): Publisher {
  switch (target.kind) {
    case 'folder':
      return folderPublisher(target.path);
    case 'zip':
      return zipPublisher(target.file);
    case 'sftp':
      return sftpPublisher(target, env);
    case 's3':
      return s3Publisher(target, env);
  }
}

/** One line per file that would change: `+` new, `~` changed, `-` removed. */
export function planLines(plan: Plan): string[] {
  return [
    ...plan.added.map((entry) => `+ ${entry.path}`),
    ...plan.changed.map((entry) => `~ ${entry.path}`),
    ...plan.removed.map((entry) => `- ${entry.path}`),
  ];
}

export function planSummary(plan: Plan): string {
  return `новых файлов: ${plan.added.length}, изменённых: ${plan.changed.length}, удаляемых: ${plan.removed.length}, без изменений: ${plan.unchanged.length}`;
}

export async function publishSite(request: PublishRequest): Promise<PublishResult> {
  const log = request.log ?? console.log;
  const siteDir = resolve(request.siteDir);
  if (!existsSync(join(siteDir, 'index.html'))) {
    throw new PublishError(`В ${siteDir} нет собранного сайта (нет index.html). Сначала выполните npm run build.`);
  }
  const target = parseTarget(request.target);
  const publisher = publisherFor(target, request.env ?? process.env);
  const steps: PublishStep[] = [];
  try {
    const local = manifestOfFolder(siteDir);
    log(`Публикация ${siteDir} → ${describeTarget(target)}`);
    const plan = planChanges(local, await publisher.readLive(log));
    if (request.dryRun) {
      for (const line of planLines(plan)) log(line);
      log(`Пробный запуск, ничего не отправлено. Было бы: ${planSummary(plan)}.`);
      return { plan, steps };
    }
    log(`Отправка: ${planSummary(plan)}.`);
    await publisher.publish(local, plan, {
      siteDir,
      log,
      onStep: (step) => {
        request.onStep?.(step);
        steps.push(step);
      },
    });
    log(`Опубликовано. ${publisher.servedFrom()}`);
    return { plan, steps };
  } catch (error) {
    throw fileProblem(error) ?? error;
  } finally {
    await publisher.close();
  }
}
