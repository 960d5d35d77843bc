/** A small element tree for the few parts of a BAG object that are easier to read whole (the geometry). */
export interface XmlNode {
  /** Local name, without the namespace prefix. */
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  /** The text directly inside the element. */
  text: string;
}

export function createXmlNode(name: string, attributes: Record<string, string>): XmlNode {
  return { name, attributes, children: [], text: '' };
}

/** Local name of a qualified XML name (`gml:Polygon` → `Polygon`). */
export function getLocalName(qualified: string): string {
  const colon = qualified.indexOf(':');
  return colon < 0 ? qualified : qualified.slice(colon + 1);
}

/** An attribute by local name, so `gml:id` and `id` are found alike. */
export function getAttribute(node: XmlNode, localName: string): string | undefined {
  const attributes = node.attributes;
  const plain = attributes[localName];
  if (plain !== undefined) return plain;
  // Most geometry elements have no attributes: a for-in loop costs nothing then.
  for (const name in attributes) {
    if (getLocalName(name) === localName) return attributes[name];
  }
  return undefined;
}
