// The content-addressed object cache: `<dir>/<key>.o`, where the key (computed in compile.ts)
// hashes everything that determines the object file. Entries are written under a temporary
// name and renamed into place, so concurrent dotnative processes sharing a cache never see a
// partial object; two processes compiling the same key both produce the same bytes, and the
// last rename wins harmlessly. Nothing evicts entries yet; a hit refreshes the file's mtime so
// an age-based pruning can be added without changing the format.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync, utimesSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** $DOTNATIVE_CACHE_DIR, else $XDG_CACHE_HOME/dotnative, else ~/.cache/dotnative. */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.DOTNATIVE_CACHE_DIR) return env.DOTNATIVE_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'dotnative');
}

export class ObjectCache {
  constructor(readonly dir: string) {}

  /** The cached object for `key`, if present. */
  lookup(key: string): string | undefined {
    const p = this.objectPath(key);
    if (!existsSync(p)) return undefined;
    try {
      const now = new Date();
      utimesSync(p, now, now);
    } catch {
      /* read-only cache: fine */
    }
    return p;
  }

  objectPath(key: string): string {
    return join(this.dir, `${key}.o`);
  }

  /** A fresh temporary path in the cache directory to compile `key` into. */
  temporaryPath(key: string): string {
    mkdirSync(this.dir, { recursive: true });
    return join(this.dir, `${key}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  }

  /** Moves a finished object into place; returns its path. */
  commit(key: string, temporary: string): string {
    const p = this.objectPath(key);
    try {
      renameSync(temporary, p);
    } catch (e) {
      rmSync(temporary, { force: true });
      throw e;
    }
    return p;
  }
}
