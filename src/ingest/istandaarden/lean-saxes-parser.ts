import { SaxesParser, type SaxesOptions, type SaxesTagNS } from 'saxes';

/**
 * saxes 6.0.0 (pinned in package.json) with two empty objects fewer per element. saxes gives every open
 * tag a fresh `Object.create(null)` for its attributes and another for its namespace declarations;
 * almost no element of an iWmo/iJw message has either, and those dictionary objects were a third of
 * the bytes a load allocates (the sampling heap profiler: 1,203 MB → 786 MB for 20,628 messages),
 * which the garbage collector then has to sweep. Here both start as one shared, frozen empty object
 * and a tag gets its own only when it has an attribute or a namespace declaration; parsing, events and
 * errors are unchanged (`lean-saxes-parser.test.ts` compares them with saxes itself).
 *
 * The override replaces saxes's `sOpenTag` (after the tag name: make the tag, then `>`, `/` or
 * attributes) and wraps two internal methods; the states and codes below are saxes 6.0.0's. A saxes
 * upgrade must re-check them: the test fails if events or errors differ.
 */

const EMPTY: Record<string, never> = Object.freeze(Object.create(null) as Record<string, never>);

/** saxes's internal codes: end of chunk, `>`, `/`, and the states after `<name/` and `<name `. */
const EOC = -1;
const GREATER = 0x3e;
const FORWARD_SLASH = 0x2f;
const S_OPEN_TAG_SLASH = 35;
const S_ATTRIB = 36;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** The parser's internals the override touches (private in saxes's typings). */
interface Internals {
  tag: SaxesTagNS;
  /** The open tags, innermost last (the current one is not among them yet). */
  tags: SaxesTagNS[];
  topNS: Record<string, string>;
  name: string;
  state: number;
  sawRoot: boolean;
  closedRoot: boolean;
  fragmentOpt: boolean;
  attribList: unknown[];
  openTagStartHandler?: (tag: SaxesTagNS) => void;
  captureNameChars(): number;
  openTag(): void;
  fail(message: string): void;
}

type Method = (this: Internals, ...args: never[]) => unknown;

const saxesProto = SaxesParser.prototype as unknown as Record<string, Method>;
const pushAttribNS = saxesProto['pushAttribNS'] as (this: Internals, name: string, value: string) => void;
const processAttribsNS = saxesProto['processAttribsNS'] as (this: Internals) => void;

class LeanSaxesParser<O extends SaxesOptions> extends SaxesParser<O> {}

const leanProto = LeanSaxesParser.prototype as unknown as Record<string, Method>;

leanProto['sOpenTag'] = function sOpenTag(this: Internals): void {
  const c = this.captureNameChars();
  if (c === EOC) return;
  // every field the namespace step sets later is there from the start: one object shape for all tags
  const tag: SaxesTagNS = {
    name: this.name,
    attributes: EMPTY,
    ns: EMPTY,
    prefix: '',
    local: '',
    uri: '',
    isSelfClosing: false,
  };
  this.tag = tag;
  this.name = '';
  this.topNS = EMPTY;
  this.openTagStartHandler?.(tag);
  this.sawRoot = true;
  if (!this.fragmentOpt && this.closedRoot) this.fail('documents may contain only one root.');
  if (c === GREATER) this.openTag();
  else if (c === FORWARD_SLASH) this.state = S_OPEN_TAG_SLASH;
  else {
    if (!isSpace(c)) this.fail('disallowed character in tag name.');
    this.state = S_ATTRIB;
  }
};

// a namespace declaration: the tag gets its own declarations object before saxes writes into it
leanProto['pushAttribNS'] = function (this: Internals, name: string, value: string): void {
  if (this.topNS === EMPTY && (name === 'xmlns' || name.startsWith('xmlns:'))) {
    const ns: Record<string, string> = Object.create(null) as Record<string, string>;
    this.topNS = ns;
    this.tag.ns = ns;
  }
  pushAttribNS.call(this, name, value);
};

// attributes: the tag gets its own attributes object before saxes fills it. A tag without attributes
// or declarations whose prefix is its parent's takes the parent's namespace (what saxes's lookup up
// the open tags would find) without splitting the name into new strings: most elements of a message,
// whose namespace is declared once on `Bericht`
leanProto['processAttribsNS'] = function (this: Internals): void {
  const tag = this.tag;
  if (this.attribList.length === 0 && this.topNS === EMPTY) {
    const parent = this.tags[this.tags.length - 1];
    const name = tag.name;
    const colon = name.indexOf(':');
    // a parent whose prefix failed to resolve has its prefix as its uri, and `xmlns:` is refused on
    // every tag: saxes reports those again
    if (parent !== undefined && colon > 0 && parent.uri !== '' && parent.uri !== parent.prefix) {
      const prefix = parent.prefix;
      if (colon === prefix.length && name.startsWith(prefix) && prefix !== 'xmlns') {
        const local = name.slice(colon + 1);
        if (local !== '' && local.indexOf(':') < 0) {
          tag.prefix = prefix;
          tag.local = local;
          tag.uri = parent.uri;
          return;
        }
      }
    }
  }
  if (this.attribList.length > 0 && tag.attributes === EMPTY) {
    tag.attributes = Object.create(null) as SaxesTagNS['attributes'];
  }
  processAttribsNS.call(this);
};

/** A namespace-aware saxes parser that allocates less per element (see above). */
export function createLeanParser<O extends SaxesOptions & { xmlns: true }>(options: O): SaxesParser<O> {
  return new LeanSaxesParser(options);
}
