import { baseNamespace, messageNamespace } from './message-catalog.js';
import type { IstandaardMessage } from './message-types.js';
import { getMessageSchema } from './schema/message-schemas.js';
import type { GroupNode } from './schema/schema-nodes.js';

/**
 * Writes a record as an iWmo/iJw message file the way the standard asks (OP192): UTF-8 without BOM,
 * CR/LF, one element per line, elements in schema order. Keys the schema does not know are not written.
 */
export function writeMessage(record: IstandaardMessage): string {
  const schema = getMessageSchema(record.standard, record.messageType);
  const wet = record.standard === 'iWmo' ? 'wmo' : 'jw';
  const msgPrefix = `${wet}${record.messageType}`;
  const basePrefix = record.standard === 'iWmo' ? 'iwmo' : 'ijw';
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<${msgPrefix}:Bericht xmlns:${msgPrefix}="${messageNamespace(record.standard, record.messageType)}" xmlns:${basePrefix}="${baseNamespace(record.standard)}">`,
  ];
  writeGroup(schema.root, record as unknown as Record<string, unknown>, '  ', lines, {
    message: msgPrefix,
    base: basePrefix,
  });
  lines.push(`</${msgPrefix}:Bericht>`);
  return `${lines.join('\r\n')}\r\n`;
}

function writeGroup(
  group: GroupNode,
  obj: Record<string, unknown>,
  indent: string,
  lines: string[],
  prefixes: { message: string; base: string },
): void {
  for (const def of group.children) {
    const value = obj[def.name];
    if (value === undefined) continue;
    const tag = `${prefixes[def.ns]}:${def.name}`;
    for (const item of Array.isArray(value) ? value : [value]) {
      if (def.node.kind === 'leaf') {
        lines.push(`${indent}<${tag}>${escapeXml(formatLeaf(item))}</${tag}>`);
      } else {
        lines.push(`${indent}<${tag}>`);
        writeGroup(def.node, item as Record<string, unknown>, `${indent}  `, lines, prefixes);
        lines.push(`${indent}</${tag}>`);
      }
    }
  }
}

function formatLeaf(value: unknown): string {
  if (value !== null && typeof value === 'object' && 'value' in value)
    return String((value as { value: unknown }).value);
  return String(value);
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}
