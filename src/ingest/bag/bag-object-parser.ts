import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { nearestNames } from '../../diagnostics/suggest.js';
import { BAG_CODES, excerptOf, type BagProvenance, type BagQuarantine, type BagRecord } from './bag-items.js';
import {
  BAG_OBJECT_ELEMENTS,
  BAG_OBJECT_TYPES,
  EXTRA_COLUMN,
  HISTORY_COLUMNS,
  MULTI_VALUE_SEPARATOR,
  getBagColumns,
  getColumnIndex,
  getObjectTypeOfElement,
  type BagObjectType,
} from './bag-object-types.js';
import { gmlToWkt } from './gml-wkt.js';
import { createXmlNode, getLocalName, type XmlNode } from './xml-node.js';

export interface ParsedBagObject {
  items: (BagRecord | BagQuarantine)[];
  /** Child elements of an object the reader does not know, kept in `overigeGegevens`. */
  unknownElements: string[];
}

const HISTORY = new Set<string>(HISTORY_COLUMNS);

/** The record being built for one object element (`Objecten:Pand` …). */
interface ObjectState {
  type: BagObjectType;
  line: number;
  values: (string | null)[];
  extra: Record<string, string>;
  geometry: XmlNode | undefined;
  problem: { code: string; reason: string } | undefined;
}

interface Frame {
  name: string;
  text: string;
  hasChildren: boolean;
}

/**
 * Parses the XML of one `bagObject` element (cut from the file by the splitter) with a fresh SAX parser,
 * so a malformed object costs only itself. Depth 1 is `bagObject`, depth 2 the object element, depth 3 its
 * attributes; leaves deeper down (references, `Historie:*`, `nen5825:verkorteNaam`) belong to the
 * attribute at depth 3, except inside `voorkomen`, where each history leaf is its own column.
 */
export function parseBagObject(xml: string, at: BagProvenance): ParsedBagObject {
  const items: (BagRecord | BagQuarantine)[] = [];
  const unknownElements: string[] = [];
  const stack: Frame[] = [];
  const geometryStack: XmlNode[] = [];
  let current: ObjectState | undefined;
  let xmlError: { reason: string; line: number } | undefined;
  let objects = 0;
  let firstLine: number | undefined;
  let firstType: BagObjectType | undefined;

  const parser = new SaxesParser({ xmlns: false, position: true });
  const lineNow = (): number => at.line + parser.line - 1;

  parser.on('error', (error) => {
    xmlError ??= { reason: error.message.replace(/^\d+:\d+: /, ''), line: lineNow() };
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = getLocalName(tag.name);
    const parent = stack[stack.length - 1];
    if (parent) parent.hasChildren = true;
    stack.push({ name, text: '', hasChildren: false });
    const depth = stack.length;
    if (xmlError) return;
    if (depth === 2) {
      objects++;
      current = startObject(name, lineNow());
      firstLine ??= current.line;
      firstType ??= getObjectTypeOfElement(name);
    } else if (current && depth > 3 && isGeometry(current, stack)) {
      const node = createXmlNode(name, tag.attributes);
      (geometryStack[geometryStack.length - 1] ?? rootGeometry(current)).children.push(node);
      geometryStack.push(node);
    }
  });
  const onText = (text: string): void => {
    const frame = stack[stack.length - 1];
    if (frame) frame.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const frame = stack.pop();
    if (!frame) return;
    const depth = stack.length + 1;
    if (!current || xmlError) return;
    if (depth === 2) {
      items.push(finishObject(current, xml, at));
      current = undefined;
    } else if (depth > 3 && isGeometry(current, stack)) {
      const node = geometryStack.pop();
      if (node) node.text = frame.text;
    } else if (depth >= 3 && !frame.hasChildren) {
      const attribute = stack[2]?.name ?? frame.name;
      storeLeaf(current, attribute, frame.name, frame.text, unknownElements);
    }
  });

  parser.write(xml);
  parser.close();
  if (xmlError) {
    // After an XML error the parser's recovery is guesswork: the whole bagObject is one quarantine item.
    const where = { ...at, line: firstLine ?? at.line };
    return {
      items: [quarantine(where, xml, BAG_CODES.malformedXml, xmlError.reason, xmlError.line, firstType)],
      unknownElements: [],
    };
  }
  if (objects === 0) items.push(quarantine(at, xml, BAG_CODES.malformedXml, 'bagObject holds no BAG object'));
  return { items, unknownElements };
}

function startObject(name: string, line: number): ObjectState {
  const type = getObjectTypeOfElement(name);
  if (!type) {
    const suggestions = nearestNames(name, Object.values(BAG_OBJECT_ELEMENTS));
    const hint = suggestions.length > 0 ? `; did you mean ${suggestions.join(', ')}?` : '';
    return {
      // Placeholder type; the object is quarantined, never loaded.
      type: 'PND',
      line,
      values: [],
      extra: {},
      geometry: undefined,
      problem: {
        code: BAG_CODES.unknownObjectType,
        reason: `unknown BAG object element ${name} (expected one of ${BAG_OBJECT_TYPES.map((t) => BAG_OBJECT_ELEMENTS[t]).join(', ')})${hint}`,
      },
    };
  }
  return {
    type,
    line,
    values: new Array<string | null>(getBagColumns(type).length).fill(null),
    extra: {},
    geometry: undefined,
    problem: undefined,
  };
}

/** Inside the `geometrie` of an object type that has a geometry column (else its leaves are kept as extra). */
function isGeometry(state: ObjectState, stack: readonly Frame[]): boolean {
  return stack[2]?.name === 'geometrie' && getColumnIndex(state.type).has('geometrie');
}

function rootGeometry(state: ObjectState): XmlNode {
  state.geometry ??= createXmlNode('geometrie', {});
  return state.geometry;
}

/** A leaf's text goes to its history column (inside `voorkomen`) or to the attribute's column. */
function storeLeaf(
  state: ObjectState,
  attribute: string,
  leaf: string,
  text: string,
  unknown: string[],
): void {
  if (state.problem) return;
  const column = attribute === 'voorkomen' && HISTORY.has(leaf) ? leaf : attribute;
  const index = getColumnIndex(state.type).get(column);
  if (index === undefined || column === EXTRA_COLUMN) {
    const key = attribute === 'voorkomen' ? `voorkomen/${leaf}` : attribute;
    if (!(key in state.extra)) unknown.push(key);
    state.extra[key] = key in state.extra ? `${state.extra[key]}${MULTI_VALUE_SEPARATOR}${text}` : text;
    return;
  }
  const previous = state.values[index];
  state.values[index] = previous == null ? text : `${previous}${MULTI_VALUE_SEPARATOR}${text}`;
}

function finishObject(state: ObjectState, xml: string, at: BagProvenance): BagRecord | BagQuarantine {
  const where = { ...at, line: state.line };
  if (state.problem) return quarantine(where, xml, state.problem.code, state.problem.reason);
  const columns = getColumnIndex(state.type);
  const identificatie = state.values[columns.get('identificatie')!];
  if (identificatie == null || identificatie.trim() === '') {
    return quarantine(
      where,
      xml,
      BAG_CODES.missingIdentificatie,
      'object has no identificatie',
      undefined,
      state.type,
    );
  }
  if (state.geometry) {
    const wkt = gmlToWkt(state.geometry);
    if (!wkt.ok)
      return quarantine(where, xml, BAG_CODES.badGeometry, `geometrie: ${wkt.reason}`, undefined, state.type);
    state.values[columns.get('geometrie')!] = wkt.wkt;
  }
  if (Object.keys(state.extra).length > 0)
    state.values[columns.get(EXTRA_COLUMN)!] = JSON.stringify(state.extra);
  return {
    kind: 'record',
    objectType: state.type,
    file: at.file,
    line: state.line,
    index: at.index,
    values: state.values,
  };
}

function quarantine(
  at: BagProvenance,
  xml: string,
  code: string,
  reason: string,
  line?: number,
  objectType?: BagObjectType,
): BagQuarantine {
  return {
    kind: 'quarantine',
    code,
    reason,
    file: at.file,
    line: line ?? at.line,
    index: at.index,
    ...(objectType ? { objectType } : {}),
    excerpt: excerptOf(xml),
  };
}
