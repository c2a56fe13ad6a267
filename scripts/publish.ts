/**
 * `npm run publish -- TARGET [--dry-run]`: puts the built site (dist/, or OUT_DIR) where the school's
 * site is served — a folder, `zip:FILE`, `sftp://user@host/path` or `s3://bucket/prefix`. Secrets come
 * from environment variables only. Exit code 0 when published, 1 on a problem the person can fix
 * (printed in Russian, without a stack trace), 2 on an internal error.
 */
import { PublishError } from '../src/publish/errors.ts';
import { publishSite } from '../src/publish/run.ts';
import { TARGET_HELP } from '../src/publish/target.ts';
import { siteSettingsFromEnv } from '../src/site/settings.ts';

const USAGE = `Использование: npm run publish -- КУДА [--dry-run]
  --dry-run   только показать, что изменится, ничего не отправляя
${TARGET_HELP}`;

export async function main(args: string[]): Promise<number> {
  const dryRun = args.includes('--dry-run');
  const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--dry-run');
  const targets = args.filter((arg) => !arg.startsWith('--'));
  if (args.includes('--help') || args.includes('-h')) {
    console.log(USAGE);
    return 0;
  }
  if (unknown.length > 0 || targets.length !== 1) {
    console.error(
      unknown.length > 0
        ? `Неизвестный параметр: ${unknown.join(' ')}`
        : targets.length === 0
          ? 'Не указано, куда публиковать.'
          : `Укажите одно место публикации, а не ${targets.length}: ${targets.join(' ')}`,
    );
    console.error(USAGE);
    return 1;
  }
  try {
    await publishSite({ target: targets[0]!, siteDir: siteSettingsFromEnv().outDir, dryRun });
    return 0;
  } catch (error) {
    if (error instanceof PublishError) {
      console.error(`Не опубликовано. ${error.message}`);
      return 1;
    }
    console.error(`Внутренняя ошибка публикации (это ошибка программы): ${String(error)}`);
    return 2;
  }
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2));
