import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef, Enumeration } from '../../model/model-types.js';
import { NameSuggester } from './name-suggester.js';
import { SHEET_CODES as C, sheetDiagnostic } from './sheet-codes.js';
import type { CellText } from './workbook-data.js';

/**
 * Package paths the workbook is about: the domain/subdomain it names, and the packages of the classes
 * it names unambiguously. Used to choose between classes that share a name across packages.
 */
export interface ClassContext {
  paths: string[][];
  classNames: NameSuggester;
  enumerationNames: NameSuggester;
  /** Enumerations by folded name and by folded qualified name. */
  enumerations: Map<string, Enumeration[]>;
}

export function classContext(index: ModelIndex, words: string[], unambiguous: ClassDef[]): ClassContext {
  const paths: string[][] = [];
  for (const word of words) {
    const domain = index.findDomain(word);
    if (domain) paths.push(domain.path);
    const folded = foldName(word);
    for (const p of index.model.packages) {
      const last = p.path[p.path.length - 1];
      if (last && folded.length >= 3 && foldName(last).replace(/^\d+/, '') === folded) paths.push(p.path);
    }
  }
  for (const c of unambiguous) paths.push(index.packages.get(c.packageId)?.path ?? []);
  return {
    paths,
    classNames: new NameSuggester(index.model.classes.map((c) => c.name)),
    enumerationNames: new NameSuggester(index.model.enumerations.map((e) => e.name)),
    enumerations: enumerationLookup(index),
  };
}

function enumerationLookup(index: ModelIndex): Map<string, Enumeration[]> {
  const map = new Map<string, Enumeration[]>();
  for (const e of index.model.enumerations) {
    for (const key of new Set([foldName(e.name), foldName(index.qualifiedName(e))])) {
      map.set(key, [...(map.get(key) ?? []), e]);
    }
  }
  return map;
}

const isArchived = (index: ModelIndex, c: ClassDef) =>
  (index.packages.get(c.packageId)?.path ?? []).some((p) => /^archief$/i.test(p));

/** Classes a sheet's name can mean; archived copies only when nothing else has the name. */
export function candidateClasses(index: ModelIndex, name: string): ClassDef[] {
  let found = index.findClasses(name.trim());
  if (found.length === 0 && name.includes('/')) {
    // As in mapping files: a qualified name may leave out leading packages and domain numbers.
    const wanted = name.split('/').map(foldName);
    found = index.findClasses(name.split('/').pop()!).filter((c) => {
      const path = index.qualifiedName(c).split('/').map(foldName);
      const tail = path.slice(path.length - wanted.length);
      return (
        tail.length === wanted.length &&
        tail.every((p, i) => p === wanted[i] || p.replace(/^\d+/, '') === wanted[i])
      );
    });
  }
  const current = found.filter((c) => !isArchived(index, c));
  return current.length > 0 ? current : found;
}

export type ClassResolution = { kind: 'class'; cls: ClassDef; target: string } | { kind: 'skip' };

/**
 * The GGM class a block maps to. Several classes with the name: the one whose package shares most of
 * its path with the context; a tie is reported. Enumeration tables and link tables are reported as
 * such, other unknown names with the nearest class names.
 */
export function resolveSheetClass(
  index: ModelIndex,
  name: CellText,
  context: ClassContext,
  diagnostics: Diagnostic[],
): ClassResolution {
  const found = candidateClasses(index, name.text);
  if (found.length === 1) {
    const cls = found[0]!;
    // The compiler wants a qualified name wherever the bare one is shared, archived copies included.
    const shared = index.findClasses(cls.name).length > 1;
    const target = name.text.includes('/') ? name.text : shared ? index.qualifiedName(cls) : cls.name;
    return { kind: 'class', cls, target };
  }
  if (found.length > 1) return chooseByContext(index, name, found, context, diagnostics);
  const enumName = name.text.replace(/^enum_?/i, '');
  const enumerations = context.enumerations.get(foldName(enumName)) ?? [];
  if (/^enum_?/i.test(name.text) || enumerations.length > 0) {
    const nearEnums = enumerations.length > 0 ? [] : context.enumerationNames.nearest(enumName);
    diagnostics.push(
      sheetDiagnostic(
        C.notAMapping,
        'info',
        `${name.text} is an enumeration table; its values come from the model, so it is not imported`,
        name.at,
        enumerations.length > 0
          ? `the model's enumeration: ${enumerations.map((e) => index.qualifiedName(e)).join('; ')}`
          : nearEnums.length > 0
            ? `nearest enumerations: ${nearEnums.join(', ')}`
            : undefined,
      ),
    );
    return { kind: 'skip' };
  }
  if (/^kp_/i.test(name.text)) {
    diagnostics.push(
      sheetDiagnostic(
        C.notAMapping,
        'warning',
        `${name.text} is a link table; the model has associations instead, so it is not imported`,
        name.at,
        'map the reference under associations in the mapping of one of the two classes',
      ),
    );
    return { kind: 'skip' };
  }
  const near = context.classNames.nearest(name.text);
  diagnostics.push(
    sheetDiagnostic(
      C.unknownClass,
      'warning',
      `unknown GGM class ${name.text}; its rows are not imported`,
      name.at,
      near.length > 0 ? `did you mean ${near.join(', ')}?` : undefined,
    ),
  );
  return { kind: 'skip' };
}

function chooseByContext(
  index: ModelIndex,
  name: CellText,
  found: ClassDef[],
  context: ClassContext,
  diagnostics: Diagnostic[],
): ClassResolution {
  const score = (c: ClassDef) => {
    const path = index.packages.get(c.packageId)?.path ?? [];
    let best = 0;
    for (const p of context.paths) {
      let n = 0;
      while (n < p.length && n < path.length && p[n] === path[n]) n++;
      best = Math.max(best, n);
    }
    return best;
  };
  const scored = found.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s);
  const names = found.map((c) => index.qualifiedName(c)).join('; ');
  if (scored[0]!.s > 0 && scored[0]!.s > scored[1]!.s) {
    const cls = scored[0]!.c;
    diagnostics.push(
      sheetDiagnostic(
        C.ambiguousClass,
        'info',
        `${found.length} classes are named ${name.text}; chose ${index.qualifiedName(cls)} by the workbook's domain`,
        name.at,
        `the others: ${found
          .filter((c) => c !== cls)
          .map((c) => index.qualifiedName(c))
          .join('; ')}`,
      ),
    );
    return { kind: 'class', cls, target: index.qualifiedName(cls) };
  }
  diagnostics.push(
    sheetDiagnostic(
      C.ambiguousClass,
      'warning',
      `${found.length} classes are named ${name.text} and the workbook does not say which; its rows are not imported`,
      name.at,
      `write a qualified name in the sheet: ${names}`,
    ),
  );
  return { kind: 'skip' };
}
