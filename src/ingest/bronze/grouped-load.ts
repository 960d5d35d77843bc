import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Engine } from '../../engines/engine.js';
import { SourceError, type RecordSource } from '../formats/source-records.js';
import { recordFailure, unchanged, type BatchContext, type BatchResult } from './bronze-loader.js';
import { commitFiles, loadedContent, prepareFile, type PreparedFile } from './file-group.js';

/**
 * When a group of small files is committed: after this many files, bytes read or milliseconds since
 * its first file, whichever comes first. The time bound keeps progress and the work a crash can cost
 * short; the bytes bound keeps memory bounded (a file larger than it is loaded alone, streamed).
 */
export interface CommitGroupLimits {
  files: number;
  bytes: number;
  ms: number;
}

export const DEFAULT_COMMIT_GROUP: CommitGroupLimits = { files: 1000, bytes: 32 * 1024 * 1024, ms: 10_000 };

export interface GroupedLoad {
  engine: Engine;
  source: string;
  files: readonly { file: string; label: string }[];
  /** Opens a file's records from its bytes, read once (`sha256` is their hash). */
  open(file: string, read: { sha256: string; content: Buffer }): Promise<RecordSource>;
  /** Loads one file on its own (a file too large for a group), as one-by-one loading does. */
  loadAlone(file: string, label: string): Promise<BatchResult>;
  limits: CommitGroupLimits;
  /** Called once a file's outcome is committed, in file order: files done of the files matched. */
  onFile?: (done: number, total: number, result: BatchResult) => void;
}

/**
 * Loads the files of one source several to a commit (`file-group.ts`). What one-by-one loading keeps
 * holds per file: each file is its own batch with its hash in `meta.batches` and `meta.loaded_files`, a
 * file whose content was loaded before (or earlier in this run) is `unchanged`, one that cannot be
 * read is a failed batch of its own, and progress counts a file only once its group has committed.
 */
export async function loadFilesGrouped(load: GroupedLoad): Promise<BatchResult[]> {
  const { engine, source, files, limits } = load;
  const loaded = await loadedContent(engine, source);
  const results: (BatchResult | undefined)[] = new Array<BatchResult | undefined>(files.length);
  let reported = 0;
  const settle = (i: number, r: BatchResult) => {
    results[i] = r;
    while (reported < files.length && results[reported]) {
      reported++;
      load.onFile?.(reported, files.length, results[reported - 1]!);
    }
  };

  let group: { index: number; file: PreparedFile }[] = [];
  /** The content of the open group: a second copy in it is `unchanged`, as after a commit. */
  const pending = new Map<string, string>();
  let groupBytes = 0;
  let groupStarted = 0;
  const flush = async () => {
    if (group.length === 0) return;
    const committed = await commitFiles(
      engine,
      group.map((g) => g.file),
    );
    const indices = group.map((g) => g.index);
    group = [];
    pending.clear();
    groupBytes = 0;
    committed.forEach((r, k) => {
      if (r.status === 'loaded' && r.sha256 && r.batchId) loaded.set(r.sha256, r.batchId);
      settle(indices[k]!, r);
    });
  };

  for (let i = 0; i < files.length; i++) {
    const { file, label } = files[i]!;
    const ctx: BatchContext = { engine, source, file: label };
    try {
      // synchronous on purpose: for thousands of small files the thread-pool round trips of the
      // asynchronous calls cost more than the reads themselves
      const info = statSync(file);
      if (!info.isFile())
        throw new SourceError(
          `${label} is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, not a file`,
          'point path at a file, or use * in the file name to load every match',
        );
      if (info.size > limits.bytes) {
        await flush(); // keeps the files' order in batch ids and history
        settle(i, await load.loadAlone(file, label));
        continue;
      }
      // a small file is read once: its bytes give the hash and the records
      const content = readFileSync(file);
      const sha256 = createHash('sha256').update(content).digest('hex');
      const withHash = Object.assign(ctx, { sha256, bytes: content.length });
      const previous = loaded.get(sha256) ?? pending.get(sha256);
      if (previous) {
        settle(i, unchanged(ctx, previous, sha256));
        continue;
      }
      const prepared = await prepareFile(withHash, await load.open(file, { sha256, content }));
      // (prepared files of the same columns share one array of names)
      if (group.length > 0 && group[0]!.file.columns !== prepared.columns) await flush();
      if (group.length === 0) groupStarted = performance.now();
      group.push({ index: i, file: prepared });
      pending.set(sha256, prepared.batchId);
      groupBytes += content.length;
    } catch (error) {
      settle(i, await recordFailure(ctx, error, error instanceof SourceError ? error.hint : undefined));
    }
    if (
      group.length >= limits.files ||
      groupBytes >= limits.bytes ||
      (group.length > 0 && performance.now() - groupStarted >= limits.ms)
    )
      await flush();
  }
  await flush();
  return results as BatchResult[];
}
