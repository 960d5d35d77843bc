import { isUtf8 } from 'node:buffer';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { SaxesParser, SaxesTagNS } from 'saxes';
import { decodePayload } from './envelope-payload.js';
import { finding, type Finding } from './finding.js';
import { createLeanParser } from './lean-saxes-parser.js';
import {
  baseNamespace,
  isMessageNumber,
  messageName,
  parseMessageNamespace,
  type MessageNumber,
  type Standard,
} from './message-catalog.js';
import type { IstandaardMessage } from './message-types.js';
import { getMessageSchema } from './schema/message-schemas.js';
import { isRepeating, isRequired, type ElementDef, type GroupNode } from './schema/schema-nodes.js';
import { checkLeaf, LeafProblem } from './schema/simple-types.js';

/** How the message reached us: a bare file, or inside a VECOZO SOAP or StUF-GGk envelope, or a batch. */
export type EnvelopeKind = 'none' | 'vecozo-soap' | 'stuf-ggk' | 'other';

/** One message read from a file, with the structure findings (layer 1). */
export interface ParsedMessage {
  file: string;
  /** 1-based position of the message in its file. */
  index: number;
  line: number;
  envelope: EnvelopeKind;
  standard?: Standard;
  messageType?: MessageNumber;
  /** Present when the message could be read as a known type (even with structure findings). */
  record?: IstandaardMessage;
  findings: Finding[];
}

/** Elements outside a message whose text is an encoded payload. */
const PAYLOAD_ELEMENTS = new Set(['Data', 'inhoud', 'bijlage']);
const MAX_FILE_BYTES = 25 * 1024 * 1024;

type Obj = Record<string, unknown>;

/**
 * One open element. Frames are pooled per depth and reused (the reader allocates little per element), and
 * the XPath of a frame is only built when a finding needs it.
 */
interface Frame {
  def: ElementDef;
  group: GroupNode | undefined;
  obj: Obj | undefined;
  /** Index of the last child matched in the sequence (order check). */
  pos: number;
  counts: number[];
  /** 1-based occurrence of this element in its parent. */
  nth: number;
  text: string;
  line: number;
  col: number;
}

interface MessageState {
  standard: Standard;
  number: MessageNumber;
  msgNs: string;
  baseNs: string;
  /** Frame pool; frames[0..depth] are open. */
  frames: Frame[];
  depth: number;
  /** Depth of an unexpected subtree being skipped. */
  skip: number;
  findings: Finding[];
  line: number;
}

function pathOf(m: MessageState, depth: number): string {
  let path = '';
  for (let d = 0; d <= depth; d++) {
    const f = m.frames[d]!;
    path += `/${f.def.name}${isRepeating(f.def) ? `[${f.nth}]` : ''}`;
  }
  return path;
}

function openFrame(m: MessageState, def: ElementDef, nth: number, line: number, col: number): void {
  const depth = ++m.depth;
  let f = m.frames[depth];
  if (!f) {
    f = { def, group: undefined, obj: undefined, pos: -1, counts: [], nth, text: '', line, col };
    m.frames[depth] = f;
  }
  f.def = def;
  f.nth = nth;
  f.pos = -1;
  f.text = '';
  f.line = line;
  f.col = col;
  if (def.node.kind === 'group') {
    f.group = def.node;
    f.obj = {};
    const n = def.node.children.length;
    const counts = f.counts;
    for (let i = 0; i < n; i++) counts[i] = 0;
  } else {
    f.group = undefined;
    f.obj = undefined;
  }
}

/**
 * The SAX handler that turns events into messages. It is fed by a file stream or, for envelopes, by the
 * decoded payload; every completed message goes to `emit` as soon as its `Bericht` closes.
 */
/**
 * Elements nested deeper than this stop the file with an XML finding. iWmo/iJw messages are a few levels
 * deep (envelopes add a handful); a deeper file is hostile, and reading it on would only cost time.
 */
export const MAX_XML_DEPTH = 100;

/** Thrown from a handler to stop the parser mid-chunk; the collector has already reported it. */
class NestingTooDeep extends Error {}

class MessageCollector {
  private message: MessageState | undefined;
  /** Elements open in the document (all of them: envelope, message, skipped ones). */
  private level = 0;
  private outer: { local: string; uri: string }[] = [];
  private payload: string[] | undefined;
  /** Depth of an unsupported Bericht being skipped. */
  private skipUnknown = 0;
  private index = 0;
  /** Frames reused across the messages of this input. */
  private readonly pool: Frame[] = [];
  envelope: EnvelopeKind = 'none';
  failed = false;

  constructor(
    private readonly parser: SaxesParser<{ xmlns: true; position: true }>,
    private readonly file: string,
    private readonly emit: (m: ParsedMessage) => void,
    private readonly depth = 0,
  ) {
    parser.on('opentag', (tag) => this.open(tag));
    parser.on('closetag', (tag) => this.close(tag));
    parser.on('text', (text) => this.text(text));
    parser.on('cdata', (text) => this.text(text));
    parser.on('error', (error) => this.fail(error.message));
  }

  /** Stops reading: the bytes at the parser's position are not UTF-8. */
  invalidUtf8(): void {
    this.fail('the file is not valid UTF-8 (iWmo/iJw messages are UTF-8): an invalid byte sequence');
  }

  private fail(reason: string): void {
    if (this.failed) return;
    this.failed = true;
    const message = reason.replace(/^[^:]*:\d+:\d+: /, '');
    this.emit({
      file: this.file,
      index: ++this.index,
      line: this.parser.line,
      envelope: this.envelope,
      ...(this.message ? { standard: this.message.standard, messageType: this.message.number } : {}),
      findings: [
        finding('XML', '/', `malformed XML: ${message}`, {
          line: this.parser.line,
          col: this.parser.column + 1,
        }),
      ],
    });
    this.message = undefined;
  }

  private at(): { line: number; col: number } {
    return { line: this.parser.line, col: this.parser.column + 1 };
  }

  private open(tag: SaxesTagNS): void {
    if (this.failed) return;
    if (++this.level > MAX_XML_DEPTH) {
      this.fail(`elements nested deeper than ${MAX_XML_DEPTH} levels`);
      // stop the parser inside this chunk: its namespace lookups grow with the depth
      throw new NestingTooDeep();
    }
    if (this.skipUnknown > 0) {
      this.skipUnknown++;
      return;
    }
    const m = this.message;
    if (m) return this.openInMessage(m, tag);
    if (tag.local === 'Bericht' && this.startMessage(tag)) return;
    if (this.outer.length === 0 && tag.local !== 'Bericht') this.envelope = envelopeKind(tag);
    this.outer.push({ local: tag.local, uri: tag.uri });
    if (PAYLOAD_ELEMENTS.has(tag.local)) this.payload = [];
  }

  private startMessage(tag: SaxesTagNS): boolean {
    const ns = parseMessageNamespace(tag.uri);
    const { line, col } = this.at();
    if (!ns || ns.version !== '3.2' || !isMessageNumber(ns.number)) {
      this.skipUnknown = 1;
      const what = ns
        ? `${messageName(ns.standard, ns.number as MessageNumber)} version ${ns.version}`
        : `namespace "${tag.uri || '(none)'}"`;
      this.emit({
        file: this.file,
        index: ++this.index,
        line,
        envelope: this.envelope,
        ...(ns ? { standard: ns.standard } : {}),
        ...(ns && isMessageNumber(ns.number) ? { messageType: ns.number } : {}),
        findings: [
          finding('XSD-namespace', '/Bericht', `not an iWmo/iJw 3.2 message: ${what}`, { line, col }),
        ],
      });
      return true;
    }
    const schema = getMessageSchema(ns.standard, ns.number);
    const rootDef: ElementDef = { name: 'Bericht', occurs: '1', ns: 'message', node: schema.root };
    const findings: Finding[] = [];
    if (hasAttributes(tag)) checkAttributes(tag, '/Bericht', findings, line, col);
    const m: MessageState = {
      standard: ns.standard,
      number: ns.number,
      msgNs: tag.uri,
      baseNs: baseNamespace(ns.standard),
      frames: this.pool,
      depth: -1,
      skip: 0,
      findings,
      line,
    };
    openFrame(m, rootDef, 1, line, col);
    this.message = m;
    return true;
  }

  private openInMessage(m: MessageState, tag: SaxesTagNS): void {
    if (m.skip > 0) {
      m.skip++;
      return;
    }
    const parent = m.frames[m.depth]!;
    const line = this.parser.line;
    const col = this.parser.column + 1;
    const group = parent.group;
    const i = group === undefined ? undefined : childIndex(group, parent.pos, tag.local);
    if (!group || i === undefined) {
      m.skip = 1;
      const why = group
        ? `unexpected element ${tag.local}; ${parent.def.name} allows ${group.children.map((c) => c.name).join(', ')}`
        : `${parent.def.name} holds a value, not element ${tag.local}`;
      m.findings.push(finding('XSD-element', `${pathOf(m, m.depth)}/${tag.local}`, why, { line, col }));
      return;
    }
    const def = group.children[i]!;
    const count = ++parent.counts[i]!;
    openFrame(m, def, count, line, col);
    if (tag.uri !== (def.ns === 'message' ? m.msgNs : m.baseNs)) {
      const expected = def.ns === 'message' ? m.msgNs : m.baseNs;
      const message = `${def.name} must be in namespace ${expected}, not "${tag.uri}"`;
      m.findings.push(finding('XSD-namespace', pathOf(m, m.depth), message, { line, col }));
    }
    if (i < parent.pos) {
      const after = group.children[parent.pos]!.name;
      m.findings.push(
        finding('XSD-order', pathOf(m, m.depth), `${def.name} must come before ${after}`, { line, col }),
      );
    } else parent.pos = i;
    if (count > 1 && !isRepeating(def)) {
      m.findings.push(
        finding('XSD-occurs', pathOf(m, m.depth), `${def.name} may occur only once`, { line, col }),
      );
    }
    if (hasAttributes(tag)) checkAttributes(tag, pathOf(m, m.depth), m.findings, line, col);
  }

  private text(text: string): void {
    if (this.failed || this.skipUnknown > 0) return;
    const m = this.message;
    if (!m) {
      if (this.payload) this.payload.push(text);
      return;
    }
    if (m.skip > 0) return;
    const frame = m.frames[m.depth]!;
    if (frame.group === undefined) frame.text += text;
    else if (!isBlank(text)) {
      m.findings.push(
        finding(
          'XSD-element',
          pathOf(m, m.depth),
          `${frame.def.name} holds elements, not text "${text.trim().slice(0, 40)}"`,
          {
            line: this.parser.line,
            col: this.parser.column + 1,
          },
        ),
      );
    }
  }

  private close(tag: SaxesTagNS): void {
    if (this.failed) return;
    this.level--;
    if (this.skipUnknown > 0) {
      this.skipUnknown--;
      return;
    }
    const m = this.message;
    if (!m) return this.closeOuter(tag);
    if (m.skip > 0) {
      m.skip--;
      return;
    }
    const frame = m.frames[m.depth]!;
    const value = this.finish(m, frame);
    m.depth--;
    if (m.depth < 0) return this.finishMessage(m, value as Obj);
    if (value === undefined) return;
    const obj = m.frames[m.depth]!.obj!;
    const name = frame.def.name;
    if (isRepeating(frame.def)) {
      const list = obj[name] as unknown[] | undefined;
      if (list) list.push(value);
      else obj[name] = [value];
    } else obj[name] = value;
  }

  private finish(m: MessageState, frame: Frame): unknown {
    const node = frame.def.node;
    if (node.kind === 'leaf') {
      const result = checkLeaf(node.type, frame.text);
      if (!(result instanceof LeafProblem)) return result;
      m.findings.push(
        finding(result.rule, pathOf(m, m.depth), result.message, { line: frame.line, col: frame.col }),
      );
      return undefined;
    }
    const counts = frame.counts;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i]!;
      if (counts[i] === 0 && isRequired(child)) {
        m.findings.push(
          finding(
            'XSD-missing',
            `${pathOf(m, m.depth)}/${child.name}`,
            `${frame.def.name} needs ${child.name}`,
            {
              line: frame.line,
              col: frame.col,
            },
          ),
        );
      }
    }
    return frame.obj;
  }

  private finishMessage(m: MessageState, body: Obj): void {
    this.message = undefined;
    const record = {
      messageType: m.number,
      standard: m.standard,
      name: messageName(m.standard, m.number),
      ...body,
    } as unknown as IstandaardMessage;
    this.emit({
      file: this.file,
      index: ++this.index,
      line: m.line,
      envelope: this.envelope,
      standard: m.standard,
      messageType: m.number,
      record,
      findings: m.findings,
    });
  }

  private closeOuter(tag: SaxesTagNS): void {
    this.outer.pop();
    if (!this.payload || !PAYLOAD_ELEMENTS.has(tag.local)) return;
    const text = this.payload.join('');
    this.payload = undefined;
    if (text.trim() === '' || this.depth > 2) return;
    const decoded = decodePayload(text);
    if ('problem' in decoded) {
      const { line, col } = this.at();
      this.emit({
        file: this.file,
        index: ++this.index,
        line,
        envelope: this.envelope,
        findings: [finding('ENVELOPE', `/${tag.local}`, decoded.problem, { line, col })],
      });
      return;
    }
    const envelope = this.envelope;
    parseString(
      decoded.xml,
      this.file,
      (inner) => {
        this.emit({ ...inner, index: ++this.index, envelope: envelope === 'none' ? 'other' : envelope });
      },
      this.depth + 1,
    );
  }

  /** Called at the end of input: an unclosed document or no message at all is a finding. */
  end(): void {
    if (this.failed) return;
    if (this.index === 0) {
      this.emit({
        file: this.file,
        index: ++this.index,
        line: 1,
        envelope: this.envelope,
        findings: [finding('XSD-root', '/', 'no iWmo/iJw message (Bericht) found in this file')],
      });
    }
  }
}

/**
 * The sequence position of a child element. Elements come in schema order, so looking from the current
 * position forward mostly hits within a step or two, without hashing the name; out of order falls back.
 */
function childIndex(group: GroupNode, pos: number, local: string): number | undefined {
  const children = group.children;
  for (let i = pos < 0 ? 0 : pos; i < children.length; i++) if (children[i]!.name === local) return i;
  return group.index.get(local);
}

/** Whitespace only (the indentation between elements), checked without allocating. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

function hasAttributes(tag: SaxesTagNS): boolean {
  for (const _ in tag.attributes) return true;
  return false;
}

function checkAttributes(
  tag: SaxesTagNS,
  path: string,
  findings: Finding[],
  line: number,
  col: number,
): void {
  for (const key in tag.attributes) {
    const attr = tag.attributes[key]!;
    if (
      attr.prefix === 'xmlns' ||
      attr.name === 'xmlns' ||
      attr.uri === 'http://www.w3.org/2001/XMLSchema-instance'
    ) {
      continue;
    }
    findings.push(finding('XSD-attribute', path, `attributes are not allowed (${attr.name})`, { line, col }));
  }
}

function envelopeKind(tag: SaxesTagNS): EnvelopeKind {
  if (tag.local === 'Envelope' && /soap/i.test(tag.uri)) return 'vecozo-soap';
  if (/ggk/i.test(tag.local) || /stuf/i.test(tag.uri)) return 'stuf-ggk';
  return 'other';
}

const bomFinding = () =>
  finding('OP192', '/', 'the file starts with a byte order mark (UTF-8 without BOM is required)', {
    severity: 'warning',
  });

function createParser(file: string): SaxesParser<{ xmlns: true; position: true }> {
  return createLeanParser({ xmlns: true, position: true, fileName: file });
}

/** Reads every message in an XML string (used for envelope payloads and in tests). */
export function parseString(xml: string, file: string, emit: (m: ParsedMessage) => void, depth = 0): void {
  const parser = createParser(file);
  const bom = xml.charCodeAt(0) === 0xfeff;
  let pending = bom ? [bomFinding()] : [];
  const collector = new MessageCollector(
    parser,
    file,
    (m) => {
      if (pending.length > 0) m.findings.unshift(...pending);
      pending = [];
      emit(m);
    },
    depth,
  );
  const text = bom ? xml.slice(1) : xml;
  try {
    parser.write(text);
    if (!collector.failed) parser.close();
  } catch (error) {
    if (!collector.failed) throw error;
  }
  collector.end();
}

export function parseMessagesFromString(xml: string, file = '(string)'): ParsedMessage[] {
  const out: ParsedMessage[] = [];
  parseString(xml, file, (m) => out.push(m));
  return out;
}

/**
 * Streams the messages of one file: the file is read in chunks and each message is yielded once its
 * `Bericht` closes, so a file with many messages never sits in memory as a whole.
 */
export async function* readMessages(
  file: string,
  label = file,
  /** The file's bytes when the caller has read them already (a small file, read once for its hash too). */
  content?: Buffer,
): AsyncGenerator<ParsedMessage> {
  const fileFindings: Finding[] = [];
  const size = content ? content.length : (await stat(file)).size;
  if (size > MAX_FILE_BYTES) {
    fileFindings.push(
      finding('OP179', '/', `the file is ${size} bytes; at most 25 MB is allowed`, { severity: 'warning' }),
    );
  }
  const queue: ParsedMessage[] = [];
  const emit = (m: ParsedMessage) => {
    if (fileFindings.length > 0) m.findings.unshift(...fileFindings.splice(0));
    queue.push(m);
  };
  const parser = createParser(label);
  const collector = new MessageCollector(parser, label, emit);
  const stream = content ? undefined : createReadStream(file, { highWaterMark: 256 * 1024 });
  const chunks: AsyncIterable<Buffer> | Iterable<Buffer> = stream ?? [content!];
  // strict: an invalid byte is a finding at its position, never a silent U+FFFD in a valid message
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  // a whole file at once (the usual case): Buffer's own check and decoding are several times faster
  // than the strict TextDecoder and give the same text for valid UTF-8 (a BOM kept, as with ignoreBOM)
  const decode = content
    ? (bytes: Buffer) => {
        if (!isUtf8(bytes)) throw new Error('invalid UTF-8');
        return bytes.toString('utf8');
      }
    : (bytes: Buffer) => decoder.decode(bytes, { stream: true });
  let first = true;
  try {
    for await (const bytes of chunks) {
      let chunk: string;
      try {
        chunk = decode(bytes);
      } catch {
        // feed the text before the bad byte, so the finding's line and column point at it
        const lenient = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
        const bad = lenient.indexOf('\uFFFD');
        try {
          parser.write(bad > 0 ? lenient.slice(first && lenient.charCodeAt(0) === 0xfeff ? 1 : 0, bad) : '');
        } catch {
          // the text before it was malformed too: that finding stands
        }
        collector.invalidUtf8();
        yield* queue.splice(0);
        break;
      }
      let text = chunk;
      if (first) {
        first = false;
        if (text.charCodeAt(0) === 0xfeff) {
          text = text.slice(1);
          fileFindings.push(bomFinding());
        }
      }
      try {
        parser.write(text);
      } catch (error) {
        if (!collector.failed) throw error;
      }
      yield* queue.splice(0);
      if (collector.failed) break;
    }
    if (!collector.failed) {
      try {
        decoder.decode();
      } catch {
        collector.invalidUtf8();
      }
    }
    if (!collector.failed) {
      try {
        parser.close();
      } catch (error) {
        if (!collector.failed) throw error;
      }
    }
    collector.end();
    yield* queue.splice(0);
  } finally {
    stream?.destroy();
  }
}
