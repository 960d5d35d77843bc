import type { DiffKind, JsonValue } from './diff-types.js';

/**
 * A field value as people read it: `string(80)`, `enum 99 Kern/…/Boolean`, `0..1`, a class's qualified
 * name, `(none)` for an absent value. Lists (diagram members) are joined.
 */
export function formatDiffValue(value: JsonValue): string {
  if (value === null) return '(none)';
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(formatDiffValue).join(', ');
  if (typeof value !== 'object') return String(value);
  if ('qualifiedName' in value && !('kind' in value)) return String(value['qualifiedName']);
  if ('min' in value && 'max' in value) {
    const max = value['max'] === null ? '*' : String(value['max']);
    return value['min'] === value['max'] ? max : `${String(value['min'])}..${max}`;
  }
  switch (value['kind']) {
    case 'primitive': {
      const { primitive, length, precision, scale, geometry } = value;
      const size =
        length !== undefined
          ? `(${String(length)})`
          : precision !== undefined
            ? `(${String(precision)}${scale !== undefined ? `,${String(scale)}` : ''})`
            : '';
      return `${String(primitive)}${size}${geometry && geometry !== 'any' ? ` ${String(geometry)}` : ''}`;
    }
    case 'enumeration':
      return `enum ${String(value['qualifiedName'])}`;
    case 'class':
      return `class ${String(value['qualifiedName'])}`;
    case 'unknown':
      return `? ${String(value['name'])}`;
    case 'none':
      return '(no type)';
    default:
      return JSON.stringify(value);
  }
}

/** How an entry of a kind is named in a table: its qualified name or, without one, its parts. */
export function entryLabel(kind: DiffKind, entry: unknown): string {
  const e = entry as Record<string, JsonValue> & {
    class?: { qualifiedName: string };
    source?: { class: { qualifiedName: string } };
    target?: { class: { qualifiedName: string } };
    subclass?: { qualifiedName: string };
    superclass?: { qualifiedName: string };
  };
  const occurrence = (n: JsonValue | undefined) => (typeof n === 'number' ? ` #${n}` : '');
  switch (kind) {
    case 'attributes':
      return `${e.class!.qualifiedName}.${String(e['name'])}`;
    case 'enumerations':
      return `${String(e['qualifiedName'])}${occurrence(e['occurrence'])}`;
    case 'literals':
      return `${String(e['enumeration'])}${occurrence(e['enumerationOccurrence'])}: ${String(e['name'])}`;
    case 'associations':
      return `${e.source!.class.qualifiedName} -[${String(e['name'] ?? '')}]-> ${e.target!.class.qualifiedName}`;
    case 'generalizations':
      return `${e.subclass!.qualifiedName} is a ${e.superclass!.qualifiedName}`;
    case 'diagrams':
      return `${e['package'] ? `${String(e['package'])}/` : ''}${String(e['name'])}`;
    default:
      return String(e['qualifiedName']);
  }
}
