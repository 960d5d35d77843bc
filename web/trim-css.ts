/// <reference types="node" />
// Only the design system the pages use. The NL Design System style sheets come whole: the Utrecht
// component library (some 80 components, 1,500 rules) and the example theme (2,900 custom properties on
// one element, each resolved for it). The pages use about 20 components and a few hundred of the
// properties, and the browser parses and matches all of it on the first load: about 30 ms of parsing and
// most of 115 ms of style work on a quiet machine, on the path to the overview's first paint.
//
// After the bundle is built, this drops from every style sheet:
// - the rules for Utrecht components that no script or page mentions: a class counts as used when its
//   component (the class up to `__` or `--`) appears in the built code, or when the code builds it from
//   a prefix (`utrecht-heading-${level}`: a name ending in `-` or `_` keeps every class it starts);
// - the custom properties no kept rule, script or other kept property reads (`var(--…)`), to a fixed
//   point, so a token that only an unused component read goes, and one a kept token reads stays.
// Anything it cannot reason about stays: selectors with nested parentheses, keyframes, at-rules.
import postcss, { type AtRule, type Declaration, type Root, type Rule } from 'postcss';
import type { Plugin } from 'vite';

const UTRECHT_NAME = /utrecht-[a-z0-9_-]*/g;
const UTRECHT_CLASS = /\.(utrecht-[a-zA-Z0-9_-]+)/g;
const VAR_REFERENCE = /var\(\s*(--[a-zA-Z0-9_-]+)/g;

/** The Utrecht classes the code may put on an element. */
export function usedClasses(code: string): (className: string) => boolean {
  const names = new Set(code.match(UTRECHT_NAME) ?? []);
  const component = (name: string) => name.split(/__|--/)[0]!;
  const components = new Set([...names].map(component));
  const prefixes = [...names].filter((n) => /[-_]$/.test(n));
  return (className) => components.has(component(className)) || prefixes.some((p) => className.startsWith(p));
}

/**
 * Whether a selector can match with only the used classes: every Utrecht class it requires is used
 * (classes inside `:not(…)` are not required; a selector with nested parentheses is kept as it is).
 */
function selectorCanMatch(selector: string, used: (className: string) => boolean): boolean {
  const withoutNot = selector.replace(/:not\([^()]*\)/g, '');
  if (/\([^()]*\(/.test(withoutNot)) return true;
  for (const match of withoutNot.matchAll(UTRECHT_CLASS)) if (!used(match[1]!)) return false;
  return true;
}

function varReferences(text: string): string[] {
  return [...text.matchAll(VAR_REFERENCE)].map((m) => m[1]!);
}

function insideKeyframes(node: Rule): boolean {
  return node.parent?.type === 'atrule' && /keyframes$/i.test((node.parent as AtRule).name);
}

function dropEmpty(root: Root): void {
  let dropped = true;
  while (dropped) {
    dropped = false;
    root.walk((node) => {
      if ((node.type === 'rule' || node.type === 'atrule') && node.nodes?.length === 0) {
        node.remove();
        dropped = true;
      }
    });
  }
}

export interface TrimResult {
  /** The style sheets, in the order given, without what nothing uses. */
  sheets: string[];
  rulesDropped: number;
  propertiesDropped: number;
}

/**
 * Trims `sheets` (the CSS of one build) to what `code` (every script and page of that build) uses.
 * Pure: the same input gives the same output.
 */
export function trimStyleSheets(sheets: readonly string[], code: string): TrimResult {
  const used = usedClasses(code);
  const roots = sheets.map((css) => postcss.parse(css));
  let rulesDropped = 0;
  for (const root of roots) {
    root.walkRules((rule) => {
      if (insideKeyframes(rule) || !rule.selector.includes('.utrecht-')) return;
      const kept = rule.selectors.filter((s) => selectorCanMatch(s, used));
      if (kept.length === 0) {
        rule.remove();
        rulesDropped++;
      } else if (kept.length < rule.selectors.length) rule.selectors = kept;
    });
  }
  // custom properties: what is read, by scripts and ordinary declarations, then by what those read
  const definitions = new Map<string, Declaration[]>();
  const needed = new Set(varReferences(code));
  for (const root of roots) {
    root.walkDecls((decl) => {
      if (decl.prop.startsWith('--')) {
        const list = definitions.get(decl.prop) ?? [];
        list.push(decl);
        definitions.set(decl.prop, list);
      } else for (const name of varReferences(decl.value)) needed.add(name);
    });
  }
  const pending = [...needed];
  while (pending.length > 0) {
    for (const decl of definitions.get(pending.pop()!) ?? []) {
      for (const name of varReferences(decl.value)) {
        if (!needed.has(name)) {
          needed.add(name);
          pending.push(name);
        }
      }
    }
  }
  let propertiesDropped = 0;
  for (const [name, decls] of definitions) {
    if (needed.has(name)) continue;
    for (const decl of decls) decl.remove();
    propertiesDropped += decls.length;
  }
  for (const root of roots) dropEmpty(root);
  return { sheets: roots.map((r) => r.toString()), rulesDropped, propertiesDropped };
}

/** The build step: trims every CSS asset of the bundle to what its scripts and pages use. */
export function trimDesignSystemCss(): Plugin {
  return {
    name: 'ggm-trim-design-system-css',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const outputs = Object.values(bundle);
      const code = outputs
        .map((o) => (o.type === 'chunk' ? o.code : /\.html$/.test(o.fileName) ? String(o.source) : ''))
        .join('\n');
      const sheets = outputs.filter(
        (o): o is Extract<typeof o, { type: 'asset' }> => o.type === 'asset' && o.fileName.endsWith('.css'),
      );
      const trimmed = trimStyleSheets(
        sheets.map((s) => String(s.source)),
        code,
      );
      sheets.forEach((sheet, i) => {
        sheet.source = trimmed.sheets[i]!;
      });
    },
  };
}
