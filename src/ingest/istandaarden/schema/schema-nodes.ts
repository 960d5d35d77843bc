import type { SimpleType } from './simple-types.js';

/** `1` once · `?` optional · `+` one or more · `*` none or more (retour bodies). */
export type Occurs = '1' | '?' | '+' | '*';

export interface LeafNode {
  kind: 'leaf';
  type: SimpleType;
}

/**
 * An `xs:sequence`. `class` = a message-level type (its children are in the message namespace and it gets
 * RetourCodes in a retour); `cdt` = a basisschema composite (children in the basisschema namespace);
 * `plain` = a message-level wrapper without RetourCodes (Header, lists such as ToegewezenProducten).
 */
export interface GroupNode {
  kind: 'group';
  role: 'class' | 'cdt' | 'plain';
  children: readonly ElementDef[];
  /** Child name → index, for the streaming reader. */
  index: ReadonlyMap<string, number>;
}

export interface ElementDef {
  name: string;
  occurs: Occurs;
  ns: 'message' | 'base';
  node: LeafNode | GroupNode;
}

/** An element before its parent decides the namespace. */
export type Child = Omit<ElementDef, 'ns'>;

export const leaf = (name: string, type: SimpleType, occurs: Occurs = '1'): Child => ({
  name,
  occurs,
  node: { kind: 'leaf', type },
});

function group(role: GroupNode['role'], children: readonly Child[]): GroupNode {
  const ns = role === 'cdt' ? 'base' : 'message';
  const defs = children.map((c) => ({ ...c, ns }) as ElementDef);
  return { kind: 'group', role, children: defs, index: new Map(defs.map((d, i) => [d.name, i])) };
}

export const cls = (name: string, children: readonly Child[], occurs: Occurs = '1'): Child => ({
  name,
  occurs,
  node: group('class', children),
});
export const cdt = (name: string, children: readonly Child[], occurs: Occurs = '1'): Child => ({
  name,
  occurs,
  node: group('cdt', children),
});
export const plain = (name: string, children: readonly Child[], occurs: Occurs = '1'): Child => ({
  name,
  occurs,
  node: group('plain', children),
});
/** `Wrapper/Item+`: a list element in the message namespace. */
export const list = (name: string, item: Child, occurs: Occurs = '1'): Child =>
  plain(name, [{ ...item, occurs: '+' }], occurs);

export function rootGroup(children: readonly Child[]): GroupNode {
  return group('plain', children);
}

export const isRepeating = (d: ElementDef | Child): boolean => d.occurs === '+' || d.occurs === '*';
export const isRequired = (d: ElementDef | Child): boolean => d.occurs === '1' || d.occurs === '+';

/**
 * A retour body: the heen body with `RetourCodes` appended to every class, and the top-level elements
 * optional (a retour only repeats what was rejected, OP065).
 */
export function toRetour(children: readonly Child[], retourCodes: Child, topLevel = true): Child[] {
  return children.map((c) => {
    const occurs: Occurs = topLevel ? (isRepeating(c) ? '*' : '?') : c.occurs;
    if (c.node.kind === 'leaf') return { ...c, occurs };
    const inner = toRetour(c.node.children, retourCodes, false);
    if (c.node.role === 'class') inner.push(retourCodes);
    return { name: c.name, occurs, node: group(c.node.role, inner) };
  });
}
