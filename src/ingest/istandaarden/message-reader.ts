import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { decodePayload } from './envelope-payload.js';
import { finding, type Finding } from './finding.js';
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
import { checkLeaf } from './schema/simple-types.js';

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

interface Frame {
  def: ElementDef;
  path: string;
  group?: GroupNode;
  obj?: Obj;
  /** Index of the last child matched in the sequence (order check). */
  pos: number;
  counts?: number[];
  text: string;
  line: number;
  col: number;
}

interface MessageState {
  standard: Standard;
  number: MessageNumber;
  msgNs: string;
  baseNs: string;
  root: Frame;
  frames: Frame[];
  /** Depth of an unexpected subtree being skipped. */
  skip: number;
  findings: Finding[];
  line: number;
}

/**
 * The SAX handler that turns events into messages. It is fed by a file stream or, for envelopes, by the
 * decoded payload; every completed message goes to `emit` as soon as its `Bericht` closes.
 */
class MessageCollector {
  private message: MessageState | undefined;
  private outer: { local: string; uri: string }[] = [];
  private payload: string[] | undefined;
  /** Depth of an unsupported Bericht being skipped. */
  private skipUnknown = 0;
  private index = 0;
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
    const root: Frame = newFrame(rootDef, '/Bericht', line, col);
    const findings: Finding[] = [];
    checkAttributes(tag, '/Bericht', findings, line, col);
    this.message = {
      standard: ns.standard,
      number: ns.number,
      msgNs: tag.uri,
      baseNs: baseNamespace(ns.standard),
      root,
      frames: [root],
      skip: 0,
      findings,
      line,
    };
    return true;
  }

  private openInMessage(m: MessageState, tag: SaxesTagNS): void {
    if (m.skip > 0) {
      m.skip++;
      return;
    }
    const parent = m.frames[m.frames.length - 1]!;
    const { line, col } = this.at();
    const group = parent.group;
    const i = group?.index.get(tag.local);
    if (!group || i === undefined) {
      m.skip = 1;
      const why = group
        ? `unexpected element ${tag.local}; ${parent.def.name} allows ${group.children.map((c) => c.name).join(', ')}`
        : `${parent.def.name} holds a value, not element ${tag.local}`;
      m.findings.push(finding('XSD-element', `${parent.path}/${tag.local}`, why, { line, col }));
      return;
    }
    const def = group.children[i]!;
    const counts = parent.counts!;
    const count = ++counts[i]!;
    const path = `${parent.path}/${def.name}${isRepeating(def) ? `[${count}]` : ''}`;
    const expectedNs = def.ns === 'message' ? m.msgNs : m.baseNs;
    if (tag.uri !== expectedNs) {
      m.findings.push(
        finding('XSD-namespace', path, `${def.name} must be in namespace ${expectedNs}, not "${tag.uri}"`, {
          line,
          col,
        }),
      );
    }
    if (i < parent.pos) {
      const after = group.children[parent.pos]!.name;
      m.findings.push(finding('XSD-order', path, `${def.name} must come before ${after}`, { line, col }));
    } else parent.pos = i;
    if (count > 1 && !isRepeating(def)) {
      m.findings.push(finding('XSD-occurs', path, `${def.name} may occur only once`, { line, col }));
    }
    checkAttributes(tag, path, m.findings, line, col);
    m.frames.push(newFrame(def, path, line, col));
  }

  private text(text: string): void {
    if (this.failed || this.skipUnknown > 0) return;
    const m = this.message;
    if (!m) {
      if (this.payload) this.payload.push(text);
      return;
    }
    if (m.skip > 0) return;
    const frame = m.frames[m.frames.length - 1]!;
    if (frame.def.node.kind === 'leaf') frame.text += text;
    else if (text.trim() !== '') {
      m.findings.push(
        finding(
          'XSD-element',
          frame.path,
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
    const frame = m.frames.pop()!;
    const value = this.finish(m, frame);
    const parent = m.frames[m.frames.length - 1];
    if (!parent) return this.finishMessage(m, value as Obj);
    if (value === undefined) return;
    const obj = parent.obj!;
    const name = frame.def.name;
    if (isRepeating(frame.def)) ((obj[name] ??= []) as unknown[]).push(value);
    else obj[name] = value;
  }

  private finish(m: MessageState, frame: Frame): unknown {
    const node = frame.def.node;
    if (node.kind === 'leaf') {
      const result = checkLeaf(node.type, frame.text);
      if ('value' in result) return result.value;
      m.findings.push(finding(result.rule, frame.path, result.message, { line: frame.line, col: frame.col }));
      return undefined;
    }
    const counts = frame.counts!;
    for (let i = 0; i < node.children.length; i++) {
      const child = node.children[i]!;
      if (counts[i] === 0 && isRequired(child)) {
        m.findings.push(
          finding('XSD-missing', `${frame.path}/${child.name}`, `${frame.def.name} needs ${child.name}`, {
            line: frame.line,
            col: frame.col,
          }),
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

function newFrame(def: ElementDef, path: string, line: number, col: number): Frame {
  if (def.node.kind === 'leaf') return { def, path, pos: -1, text: '', line, col };
  return {
    def,
    path,
    group: def.node,
    obj: {},
    pos: -1,
    counts: new Array<number>(def.node.children.length).fill(0),
    text: '',
    line,
    col,
  };
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
  return new SaxesParser({ xmlns: true, position: true, fileName: file });
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
export async function* readMessages(file: string, label = file): AsyncGenerator<ParsedMessage> {
  const fileFindings: Finding[] = [];
  const size = (await stat(file)).size;
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
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 256 * 1024 });
  let first = true;
  try {
    for await (const chunk of stream as AsyncIterable<string>) {
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
        parser.close();
      } catch (error) {
        if (!collector.failed) throw error;
      }
    }
    collector.end();
    yield* queue.splice(0);
  } finally {
    stream.destroy();
  }
}
