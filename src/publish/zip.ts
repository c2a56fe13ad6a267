/**
 * Publishing as a zip archive, for schools that upload through a hosting panel («Загрузить архив» and
 * «Распаковать»). The archive is written beside the target under a temporary name and renamed only
 * when complete, so a failed run never leaves a broken archive under the real name.
 */
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yazl from 'yazl';
import type { Manifest, Plan } from './manifest.ts';
import type { Publisher, PublishOptions } from './publisher.ts';

/** Already compressed: storing them as they are saves time and loses nothing. */
const STORED = /\.(png|jpe?g|gif|webp|avif|woff2?|zip|gz|br|pdf|pagefind|pf_index|pf_fragment|pf_meta|pf_filter)$/i;
/** A fixed date for every entry, so the same site gives the same archive. */
const ENTRY_DATE = new Date('2000-01-01T00:00:00Z');

export function zipPublisher(file: string): Publisher {
  return {
    // An archive is always written whole; there is nothing live to compare with.
    readLive: async () => new Map(),

    async publish(local: Manifest, _plan: Plan, { siteDir, onStep }: PublishOptions): Promise<void> {
      mkdirSync(dirname(file), { recursive: true });
      const partial = join(dirname(file), `.${basename(file)}-${process.pid}-${Date.now()}.partial`);
      const archive = new yazl.ZipFile();
      const written = pipeline(archive.outputStream, createWriteStream(partial));
      try {
        for (const { path } of local.values()) {
          onStep?.({ action: 'send', path });
          archive.addFile(join(siteDir, path), path, { mtime: ENTRY_DATE, mode: 0o100644, compress: !STORED.test(path) });
        }
        archive.end();
        await written;
        renameSync(partial, file);
      } catch (error) {
        (archive.outputStream as Readable).destroy();
        await written.catch(() => {});
        rmSync(partial, { force: true });
        throw error;
      }
    },

    servedFrom: () => `Архив ${file} готов: загрузите его в панели хостинга в папку сайта и распакуйте там, заменив прежние файлы.`,
    close: async () => {},
  };
}
