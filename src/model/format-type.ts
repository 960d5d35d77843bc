import type { ModelIndex } from './model-index.js';
import type { AttributeType, Cardinality } from './model-types.js';

/** A short, readable type: `string(80)`, `decimal(10,2)`, `enum Wet`, `class Adres`, `? Type`. */
export function formatType(type: AttributeType, index: ModelIndex): string {
  switch (type.kind) {
    case 'primitive': {
      const size =
        type.length !== undefined
          ? `(${type.length})`
          : type.precision !== undefined
            ? `(${type.precision}${type.scale !== undefined ? `,${type.scale}` : ''})`
            : '';
      return `${type.primitive}${size}${type.geometry && type.geometry !== 'any' ? ` ${type.geometry}` : ''}`;
    }
    case 'enumeration':
      return `enum ${index.enumerations.get(type.enumerationId)?.name ?? type.enumerationId}`;
    case 'class':
      return `class ${index.classes.get(type.classId)?.name ?? type.classId}`;
    case 'unknown':
      return `? ${type.name}`;
    case 'none':
      return '';
  }
}

export function formatCardinality(c: Cardinality): string {
  const max = c.max === null ? '*' : String(c.max);
  return c.min === c.max ? max : `${c.min}..${max}`;
}
