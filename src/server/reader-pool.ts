// Reads for many concurrent requests: a few GovernedReaders (each its own long-lived sandboxed session),
// each running one query at a time. A DuckDB connection must not run two queries at once (it crashes the
// process), so reads queue per reader instead of sharing one session.
import type { Engine, Row } from '../engines/engine.js';
import type { GovernedRead } from '../governance/governed-read.js';
import { GovernedReader } from '../pipeline/governance/governed-reader.js';
import type { KeyResolver } from '../pipeline/governance/key-blocks.js';

interface Slot {
  reader: GovernedReader;
  tail: Promise<unknown>;
  waiting: number;
}

export class ReaderPool {
  private readonly slots: Slot[];

  constructor(engine: Engine, keys: KeyResolver, size = 2) {
    this.slots = Array.from({ length: Math.max(1, size) }, () => ({
      reader: new GovernedReader(engine, keys, { sandbox: { allowedDirectories: [] } }),
      tail: Promise.resolve(),
      waiting: 0,
    }));
  }

  read(read: GovernedRead): Promise<{ rows: Row[]; subjects: string[] }> {
    const slot = this.slots.reduce((a, b) => (b.waiting < a.waiting ? b : a));
    slot.waiting++;
    const result = slot.tail.then(() => slot.reader.read(read));
    slot.tail = result.catch(() => undefined).finally(() => slot.waiting--);
    return result;
  }

  async close(): Promise<void> {
    for (const slot of this.slots) {
      await slot.tail;
      await slot.reader.close();
    }
  }
}
