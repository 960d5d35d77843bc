import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean, nearestNames } from '../diagnostics/suggest.js';
import type { ModelIndex } from './model-index.js';

export interface SelectionSpec {
  /** Domain names or numbers (`Sociaal Domein`, `6`). */
  domains?: string[];
  /** Package paths below the root (`Kern/BAG`) or ids. */
  packages?: string[];
  /** Class names or qualified names. */
  classes?: string[];
  /** Pull in every class the selection references (default true). */
  closure?: boolean;
}

export interface Selection {
  /** Classes asked for. */
  selectedClassIds: Set<string>;
  /** Classes asked for plus, with closure, every class they need. */
  classIds: Set<string>;
  enumerationIds: Set<string>;
  diagnostics: Diagnostic[];
}

/**
 * Resolves `--domain/--package/--class` to a set of classes. An empty spec selects the whole model.
 * Unknown names become GGM-M110 diagnostics with the nearest valid names as a hint.
 */
export function selectClasses(index: ModelIndex, spec: SelectionSpec): Selection {
  const diagnostics: Diagnostic[] = [];
  const selected = new Set<string>();
  const empty = !spec.domains?.length && !spec.packages?.length && !spec.classes?.length;
  if (empty) for (const c of index.model.classes) selected.add(c.id);
  for (const name of spec.domains ?? []) {
    const domain = index.findDomain(name);
    if (!domain) {
      diagnostics.push(
        unknown(
          'domain',
          name,
          didYouMean(
            name,
            index.domains().map((d) => d.name),
          ),
        ),
      );
      continue;
    }
    for (const c of index.classesInDomain(domain)) selected.add(c.id);
  }
  for (const name of spec.packages ?? []) {
    const pkg = index.findPackage(name);
    if (!pkg) {
      const paths = index.model.packages.map((p) => p.path.join('/'));
      diagnostics.push(unknown('package', name, didYouMean(name, paths)));
      continue;
    }
    for (const c of index.classesInPackage(pkg.id)) selected.add(c.id);
  }
  for (const name of spec.classes ?? []) {
    const found = index.findClasses(name);
    if (found.length === 0) {
      const near = nearestNames(
        name,
        index.model.classes.map((c) => c.name),
      );
      diagnostics.push(
        unknown('class', name, near.length > 0 ? `did you mean ${near.join(', ')}?` : undefined),
      );
      continue;
    }
    for (const c of found) selected.add(c.id);
  }
  const withClosure = spec.closure !== false;
  const closure = index.closure(selected);
  const classIds = withClosure ? closure.classIds : selected;
  const enumerationIds = new Set<string>();
  for (const id of classIds) {
    for (const a of index.classes.get(id)!.attributes) {
      if (a.type.kind === 'enumeration') enumerationIds.add(a.type.enumerationId);
    }
  }
  if (empty) for (const e of index.model.enumerations) enumerationIds.add(e.id);
  return { selectedClassIds: selected, classIds, enumerationIds, diagnostics };
}

function unknown(kind: string, name: string, hint: string | undefined): Diagnostic {
  return {
    code: 'GGM-M110',
    severity: 'error',
    message: `unknown ${kind} ${name}`,
    ...(hint ? { hint } : {}),
  };
}
