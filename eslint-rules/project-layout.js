// Where a file sits in the project: the root (the nearest folder above it holding layers.json),
// its layer (first folder under src/, or "entry" for files directly in src/), and whether it
// is test code, which may import anything.
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const LAYERS_FILE = 'layers.json';
export const ENTRY_LAYER = 'entry';

const rootByDirectory = new Map();

/** The nearest folder at or above the file's folder that holds layers.json, or null. */
export function findProjectRoot(file) {
  const visited = [];
  let directory = path.dirname(file);
  let root = null;
  for (;;) {
    if (rootByDirectory.has(directory)) {
      root = rootByDirectory.get(directory);
      break;
    }
    visited.push(directory);
    if (isFile(path.join(directory, LAYERS_FILE))) {
      root = directory;
      break;
    }
    const parent = path.dirname(directory);
    if (parent === directory) break;
    directory = parent;
  }
  for (const each of visited) rootByDirectory.set(each, root);
  return root;
}

function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The src folder of a project root. */
export function sourceDirectoryOf(root) {
  return path.join(root, 'src');
}

/** The file's path below src/, split into segments, or null when the file is not under src/. */
function segmentsBelow(sourceDirectory, file) {
  const relative = path.relative(sourceDirectory, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return relative.split(path.sep);
}

export function isInside(sourceDirectory, file) {
  return segmentsBelow(sourceDirectory, file) !== null;
}

/** The layer of a file under src/: its first folder, or "entry" for a file directly in src/. */
export function layerOf(sourceDirectory, file) {
  const segments = segmentsBelow(sourceDirectory, file);
  if (segments === null) return null;
  return segments.length === 1 ? ENTRY_LAYER : segments[0];
}

export function isTestFile(file) {
  return file.endsWith('.test.ts');
}

/** Tests, test helpers (`*-test-support.ts`) and anything in a `testing/` folder. */
export function isTestCode(sourceDirectory, file) {
  if (isTestFile(file) || file.endsWith('-test-support.ts')) return true;
  const segments = segmentsBelow(sourceDirectory, file) ?? [];
  return segments.slice(0, -1).includes('testing');
}

/** A project-relative path with forward slashes, for messages. */
export function displayPath(root, file) {
  return path.relative(root, file).split(path.sep).join('/');
}

const layersByRoot = new Map();

/**
 * The ranks from layers.json: a Map from layer name to rank (0 is the lowest).
 * Re-read when the file changes, so long-running editors see edits.
 */
export function loadLayerRanks(root) {
  const file = path.join(root, LAYERS_FILE);
  const modified = statSync(file).mtimeMs;
  const cached = layersByRoot.get(root);
  if (cached && cached.modified === modified) return cached.ranks;
  const ranks = parseLayers(readFileSync(file, 'utf8'), file);
  layersByRoot.set(root, { modified, ranks });
  return ranks;
}

export function parseLayers(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not valid JSON (${error.message})`, { cause: error });
  }
  const shape = 'an array of ranks, lowest first, each an array of folder names';
  if (!Array.isArray(data)) throw new Error(`${file}: expected ${shape}`);
  const ranks = new Map();
  data.forEach((rank, index) => {
    if (!Array.isArray(rank) || rank.length === 0) throw new Error(`${file}: rank ${index} is not ${shape}`);
    for (const layer of rank) {
      if (typeof layer !== 'string' || layer === '') {
        throw new Error(`${file}: rank ${index} holds ${JSON.stringify(layer)}, expected a folder name`);
      }
      if (ranks.has(layer)) throw new Error(`${file}: layer ${layer} is listed twice`);
      ranks.set(layer, index);
    }
  });
  return ranks;
}
