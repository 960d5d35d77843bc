import { shortHash } from '../../dialects/identifiers.js';
import type { NamingStyle } from '../schema-plan.js';

/**
 * How model names become SQL names. `snake` splits camelCase and lower-cases (`OpenbareRuimte` →
 * `openbare_ruimte`); `ggm` reproduces the published DDL (`OPENBARERUIMTE`: every character that is not
 * a letter or digit becomes `_`, then upper case).
 */
export interface NameStyle {
  style: NamingStyle;
  /** A single model name (class, attribute, enumeration, association) as a SQL name. */
  name(modelName: string): string;
  /** Joins names that are already styled, plus literal words such as `id`. */
  join(...parts: string[]): string;
  /**
   * The column of an attribute whose type is an objecttype: `<attribute>_id` in snake case; the
   * published DDL keeps the bare attribute name, so `ggm` does too.
   */
  classReference(attributeColumn: string): string;
}

function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

// Names repeat a lot (attribute names across classes); the conversion is pure, so remember it.
const snakeCache = new Map<string, string>();

export function toSnakeCase(modelName: string): string {
  let result = snakeCache.get(modelName);
  if (result === undefined) {
    result = snakeCase(modelName);
    snakeCache.set(modelName, result);
  }
  return result;
}

function snakeCase(modelName: string): string {
  return stripAccents(modelName)
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

export function toGgmCase(modelName: string): string {
  return stripAccents(modelName.trim())
    .replace(/[^A-Za-z0-9]/g, '_')
    .toUpperCase();
}

const snake: NameStyle = {
  style: 'snake',
  name: toSnakeCase,
  join: (...parts) =>
    parts
      .filter((p) => p.length > 0)
      .join('_')
      .toLowerCase(),
  classReference: (column) => `${column}_id`,
};

const ggm: NameStyle = {
  style: 'ggm',
  name: toGgmCase,
  join: (...parts) =>
    parts
      .filter((p) => p.length > 0)
      .join('_')
      .toUpperCase(),
  classReference: (column) => column,
};

export function getNameStyle(style: NamingStyle): NameStyle {
  return style === 'ggm' ? ggm : snake;
}

export { shortHash };
