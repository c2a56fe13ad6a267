/**
 * Puts a finished folder in place of another with two renames, so the folder is never half-written.
 * Used by `npm run build` (the fresh dist/) and by publishing to a folder (the web server's root).
 */
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** A hidden sibling of `target` for a new or an old copy: same disk, so renames are instant. */
export function siblingOf(target: string, role: 'new' | 'old'): string {
  return join(dirname(target), `.${basename(target)}-${role}-${process.pid}-${Date.now()}`);
}

/**
 * Replaces `target` with `staged`, which must be its sibling (see `siblingOf`). Between the two
 * renames `target` is missing for a moment (microseconds); it is never a mix of old and new. On any
 * failure the previous folder stays where it was.
 */
export function swapFolder(staged: string, target: string): void {
  const old = siblingOf(target, 'old');
  const hadTarget = existsSync(target);
  if (hadTarget) renameSync(target, old);
  try {
    renameSync(staged, target);
  } catch (error) {
    if (hadTarget) renameSync(old, target);
    rmSync(staged, { recursive: true, force: true });
    throw error;
  }
  if (hadTarget) rmSync(old, { recursive: true, force: true });
}

/**
 * Replaces `target` with the folder `fresh` built anywhere: it is first placed beside the target
 * (copied when it was built on another disk), then swapped in.
 */
export function swapInto(fresh: string, target: string): void {
  const staged = siblingOf(target, 'new');
  mkdirSync(dirname(target), { recursive: true });
  try {
    renameSync(fresh, staged);
  } catch {
    cpSync(fresh, staged, { recursive: true });
    rmSync(fresh, { recursive: true, force: true });
  }
  swapFolder(staged, target);
}

/**
 * Tidies up after a swap that was killed half-way: staged copies are deleted; an old copy is deleted
 * when the target is in place, or renamed back when the process died between the two renames (the
 * only moment the target is missing). Returns what it did, for the log.
 */
export function recoverInterruptedSwap(target: string): 'restored' | 'cleaned' | 'nothing' {
  const dir = dirname(target);
  if (!existsSync(dir)) return 'nothing';
  const prefix = `.${basename(target)}-`;
  const leftovers = readdirSync(dir).filter((name) => name.startsWith(prefix) && /^(new|old)-\d+-\d+$/.test(name.slice(prefix.length)));
  if (leftovers.length === 0) return 'nothing';
  const olds = leftovers
    .filter((name) => name.slice(prefix.length).startsWith('old-'))
    .sort((a, b) => Number(a.split('-').at(-1)) - Number(b.split('-').at(-1)));
  let restored = false;
  if (!existsSync(target) && olds.length > 0) {
    renameSync(join(dir, olds.at(-1)!), target);
    restored = true;
  }
  for (const name of leftovers) rmSync(join(dir, name), { recursive: true, force: true });
  return restored ? 'restored' : 'cleaned';
}
