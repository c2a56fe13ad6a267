/**
 * What a published site consists of: every file's path, size and MD5. MD5 because it is what an S3
 * server returns as the ETag of a file uploaded in one piece, so one hash compares with every target;
 * it detects changes, it is not used for security.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ManifestEntry {
  /** Path inside the site, with `/` separators and no leading slash: `_astro/app.1a2b.css`. */
  path: string;
  size: number;
  /** Lower-case hex MD5 of the content. */
  md5: string;
}

/** Files by path. */
export type Manifest = Map<string, ManifestEntry>;

export function md5Hex(data: Buffer | string): string {
  return createHash('md5').update(data).digest('hex');
}

/** Every file under `root` (symbolic links followed), sorted by path. */
export function listFiles(root: string): string[] {
  const files: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      const path = prefix + entry.name;
      const isDir = entry.isDirectory() || (entry.isSymbolicLink() && statSync(full).isDirectory());
      if (isDir) walk(full, `${path}/`);
      else files.push(path);
    }
  };
  walk(root, '');
  return files;
}

/** Reads and hashes every file of a folder. */
export function manifestOfFolder(root: string): Manifest {
  const manifest: Manifest = new Map();
  for (const path of listFiles(root)) {
    const data = readFileSync(join(root, path));
    manifest.set(path, { path, size: data.length, md5: md5Hex(data) });
  }
  return manifest;
}

export function manifestToJson(manifest: Manifest): string {
  return `${JSON.stringify([...manifest.values()], null, 1)}\n`;
}

/** Reads a manifest written by `manifestToJson`; undefined when the text is not one. */
export function manifestFromJson(text: string): Manifest | undefined {
  try {
    const entries = JSON.parse(text) as unknown;
    if (!Array.isArray(entries)) return undefined;
    const manifest: Manifest = new Map();
    for (const entry of entries as Partial<ManifestEntry>[]) {
      if (typeof entry.path !== 'string' || typeof entry.size !== 'number' || typeof entry.md5 !== 'string') return undefined;
      manifest.set(entry.path, { path: entry.path, size: entry.size, md5: entry.md5 });
    }
    return manifest;
  } catch {
    return undefined;
  }
}

/** What publishing changes: files to send (new or changed), files kept as they are, files to remove. */
export interface Plan {
  added: ManifestEntry[];
  changed: ManifestEntry[];
  unchanged: ManifestEntry[];
  removed: ManifestEntry[];
}

/** Compares the built site with the published one (`remote` empty when nothing is published yet). */
export function planChanges(local: Manifest, remote: Manifest): Plan {
  const plan: Plan = { added: [], changed: [], unchanged: [], removed: [] };
  for (const entry of local.values()) {
    const published = remote.get(entry.path);
    if (!published) plan.added.push(entry);
    else if (published.md5 !== entry.md5 || published.size !== entry.size) plan.changed.push(entry);
    else plan.unchanged.push(entry);
  }
  for (const entry of remote.values()) if (!local.has(entry.path)) plan.removed.push(entry);
  return plan;
}
