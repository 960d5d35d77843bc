// The import graph of the files under one src/ folder, built lazily from disk as the cycle rule
// walks it. Each file is read once per lint run; a long-running process (an editor) re-reads a
// file when its modification time or size changed, checked at most once a second per file.
import { readFileSync, statSync } from 'node:fs';
import { isInside } from './project-layout.js';
import { importSpecifiersInText, resolveRelativeImport } from './source-imports.js';

const RECHECK_AFTER_MS = 1000;

export class ImportGraph {
  #sourceDirectory;
  #entries = new Map(); // file → { targets, modified, size, checkedAt }

  constructor(sourceDirectory) {
    this.#sourceDirectory = sourceDirectory;
  }

  /** The src files this file imports (relative imports only); none if it cannot be read. */
  targetsOf(file) {
    const now = Date.now();
    const entry = this.#entries.get(file);
    if (entry && now - entry.checkedAt < RECHECK_AFTER_MS) return entry.targets;
    const stats = statOrNull(file);
    if (entry && stats && stats.mtimeMs === entry.modified && stats.size === entry.size) {
      entry.checkedAt = now;
      return entry.targets;
    }
    const targets = stats?.isFile() ? this.targetsInText(file, readFileSync(file, 'utf8')) : [];
    this.#entries.set(file, { targets, modified: stats?.mtimeMs, size: stats?.size, checkedAt: now });
    return targets;
  }

  /** The src files a text imports, as if it were the given file. */
  targetsInText(file, text) {
    const targets = new Set();
    for (const specifier of importSpecifiersInText(text)) {
      const target = resolveRelativeImport(file, specifier);
      if (target !== null && isInside(this.#sourceDirectory, target)) targets.add(target);
    }
    return [...targets];
  }

  /**
   * The shortest import path from `start` to `goal` ([start, …, goal]), or null. Files in
   * `knownDeadEnds` are known not to reach `goal` and are skipped; when no path is found, every
   * file visited is added to it, so the searches for one goal together visit a file only once.
   */
  pathBetween(start, goal, knownDeadEnds) {
    if (start === goal) return [start];
    if (knownDeadEnds.has(start)) return null;
    const cameFrom = new Map([[start, null]]);
    const queue = [start];
    for (let index = 0; index < queue.length; index++) {
      const file = queue[index];
      for (const target of this.targetsOf(file)) {
        if (cameFrom.has(target) || knownDeadEnds.has(target)) continue;
        cameFrom.set(target, file);
        if (target === goal) return pathTo(goal, cameFrom);
        queue.push(target);
      }
    }
    for (const file of cameFrom.keys()) knownDeadEnds.add(file);
    return null;
  }
}

function pathTo(goal, cameFrom) {
  const path = [];
  for (let file = goal; file !== null; file = cameFrom.get(file)) path.push(file);
  return path.reverse();
}

function statOrNull(file) {
  try {
    return statSync(file);
  } catch {
    return null;
  }
}

const graphBySourceDirectory = new Map();

/** One graph per src folder, shared by all files linted in this process. */
export function importGraphFor(sourceDirectory) {
  let graph = graphBySourceDirectory.get(sourceDirectory);
  if (!graph) {
    graph = new ImportGraph(sourceDirectory);
    graphBySourceDirectory.set(sourceDirectory, graph);
  }
  return graph;
}
