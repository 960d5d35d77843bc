// One writer per audit log: a lock file created exclusively, naming its holder. A lock left by a
// writer that died on this host (its process is gone) is taken over; any other holder is refused.
import { readFileSync, unlinkSync } from 'node:fs';
import { unlink, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { AuditError } from './audit-error.js';

interface LockHolder {
  pid: number;
  host: string;
  since: string;
}

/** Locks this process holds, released on exit too (a crash leaves them; the next writer takes over). */
const held = new Set<string>();
let exitHookInstalled = false;

export async function acquireWriterLock(lockPath: string, logPath: string): Promise<() => Promise<void>> {
  if (held.has(lockPath)) throw heldBy(logPath, lockPath, readHolder(lockPath), 'this process');
  const me: LockHolder = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(lockPath, `${JSON.stringify(me)}\n`, { flag: 'wx', mode: 0o600 });
      held.add(lockPath);
      installExitHook();
      return async () => {
        held.delete(lockPath);
        await unlink(lockPath).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = readHolder(lockPath);
    if (attempt === 0 && holder && isStale(holder)) {
      await unlink(lockPath).catch(() => undefined);
      continue;
    }
    throw heldBy(logPath, lockPath, holder);
  }
  throw heldBy(logPath, lockPath, readHolder(lockPath));
}

function heldBy(logPath: string, lockPath: string, holder: LockHolder | undefined, who?: string): AuditError {
  const name =
    who ?? (holder ? `process ${holder.pid} on ${holder.host} since ${holder.since}` : 'an unknown writer');
  return new AuditError(
    'GGM-A111',
    `the audit log ${logPath} already has a writer: ${name} (lock ${lockPath}); ` +
      'only one process may append. If that writer is gone for good, remove the lock file',
  );
}

function readHolder(lockPath: string): LockHolder | undefined {
  try {
    const value = JSON.parse(readFileSync(lockPath, 'utf8')) as Partial<LockHolder>;
    if (typeof value.pid === 'number' && typeof value.host === 'string') {
      return { pid: value.pid, host: value.host, since: String(value.since ?? '?') };
    }
  } catch {
    // unreadable: treated as held by an unknown writer
  }
  return undefined;
}

/** A holder on this host whose process is gone, or that has our pid (a restarted container) without us holding it. */
function isStale(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  if (holder.pid === process.pid) return true;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const lockPath of held) {
      try {
        unlinkSync(lockPath);
      } catch {
        // already gone
      }
    }
  });
}
