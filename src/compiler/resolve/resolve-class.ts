import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { foldName, nearestNames } from '../../diagnostics/suggest.js';
import type { ModelIndex } from '../../model/model-index.js';
import type { ClassDef } from '../../model/model-types.js';
import { MAPPING_CODES as C, mappingDiagnostic } from '../spec/mapping-codes.js';
import type { Located } from '../spec/mapping-spec.js';
import type { SilverTarget, SilverTargets } from './silver-target.js';

/**
 * The target class by name or qualified name; a qualified name may leave out leading packages
 * (`BAG/Model BAG/Pand`). Of several classes with the name, the one with a silver table wins.
 */
export function resolveClass(
  index: ModelIndex,
  targets: SilverTargets,
  name: Located<string>,
  diagnostics: Diagnostic[],
): { cls: ClassDef; target: SilverTarget } | undefined {
  let found = index.findClasses(name.value);
  if (found.length === 0 && name.value.includes('/')) {
    const wanted = name.value.split('/').map(foldName);
    found = index.model.classes.filter((c) => {
      const path = index.qualifiedName(c).split('/').map(foldName);
      if (path.length < wanted.length) return false;
      const tail = path.slice(path.length - wanted.length);
      return tail.every((p, i) => p === wanted[i] || p.replace(/^\d+/, '') === wanted[i]);
    });
  }
  if (found.length === 0) {
    const last = name.value.split('/').pop() ?? name.value;
    const near = nearestNames(
      last,
      index.model.classes.map((c) => c.name),
    );
    diagnostics.push(
      mappingDiagnostic(
        C.unknownClass,
        'error',
        `unknown class ${name.value}`,
        name.at,
        near.length > 0 ? `did you mean ${near.join(', ')}?` : undefined,
      ),
    );
    return undefined;
  }
  const withTable = found.filter((c) => targets(c.id));
  if (withTable.length === 1) return { cls: withTable[0]!, target: targets(withTable[0]!.id)! };
  if (withTable.length === 0) {
    diagnostics.push(
      mappingDiagnostic(
        C.noTable,
        'error',
        `class ${index.qualifiedName(found[0]!)} has no table in the silver schema`,
        name.at,
        'add the class to the schema selection',
      ),
    );
    return undefined;
  }
  diagnostics.push(
    mappingDiagnostic(
      C.ambiguousClass,
      'error',
      `${withTable.length} classes are named ${name.value}`,
      name.at,
      `use a qualified name: ${withTable.map((c) => index.qualifiedName(c)).join('; ')}`,
    ),
  );
  return undefined;
}
