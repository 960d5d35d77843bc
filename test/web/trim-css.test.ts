// The build's trimming of the design system's style sheets to what the app's code uses.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { trimStyleSheets, usedClasses } from '../../web/trim-css.js';

const selectors = (css: string) => {
  const found: string[] = [];
  postcss.parse(css).walkRules((r) => void found.push(r.selector));
  return found;
};
const properties = (css: string) => {
  const found: string[] = [];
  postcss.parse(css).walkDecls((d) => void (d.prop.startsWith('--') && found.push(d.prop)));
  return found;
};

describe('trimming the design system to what the code uses', () => {
  it('counts a class as used by its component, or by a prefix the code builds names from', () => {
    const used = usedClasses(
      'clsx("utrecht-button", x && "utrecht-button--busy"); `utrecht-heading-${level}`',
    );
    expect(used('utrecht-button')).toBe(true);
    expect(used('utrecht-button--primary-action')).toBe(true);
    expect(used('utrecht-button__icon')).toBe(true);
    expect(used('utrecht-heading-4')).toBe(true);
    expect(used('utrecht-textbox')).toBe(false);
    expect(used('utrecht-button-group')).toBe(false);
  });

  it('drops rules and selectors of unused components, and keeps what may still match', () => {
    const css = `
      .utrecht-button { color: red; }
      .utrecht-textbox, .utrecht-button--busy { color: blue; }
      .utrecht-textbox:focus { outline: 0; }
      .utrecht-root :not(.utrecht-textbox) { margin: 0; }
      .ggm-own .utrecht-textbox { margin: 1px; }
      @media (min-width: 40em) { .utrecht-textbox { width: 10em; } }
      @keyframes spin { from { opacity: 0; } to { opacity: 1; } }
      body { margin: 0; }`;
    const { sheets, rulesDropped } = trimStyleSheets([css], '"utrecht-button" "utrecht-root"');
    expect(selectors(sheets[0]!)).toEqual([
      '.utrecht-button',
      '.utrecht-button--busy',
      '.utrecht-root :not(.utrecht-textbox)',
      'from',
      'to',
      'body',
    ]);
    expect(rulesDropped).toBe(3);
    expect(sheets[0]).not.toContain('@media'); // emptied, so gone
  });

  it('keeps the custom properties that are read, also through other properties and by scripts', () => {
    const theme = `.theme {
      --basis-red: #c00; --basis-blue: #00c; --basis-unused: 1px;
      --utrecht-button-color: var(--basis-red);
      --utrecht-textbox-color: var(--basis-blue);
      --ggm-chart-accent: var(--basis-blue);
    }`;
    const components = `.utrecht-button { color: var(--utrecht-button-color); }
      .utrecht-textbox { color: var(--utrecht-textbox-color); }`;
    const { sheets, propertiesDropped } = trimStyleSheets(
      [theme, components],
      '"utrecht-button"; style.color = "var(--ggm-chart-accent)"',
    );
    expect(properties(sheets[0]!)).toEqual([
      '--basis-red',
      '--basis-blue',
      '--utrecht-button-color',
      '--ggm-chart-accent',
    ]);
    expect(propertiesDropped).toBe(2);
    expect(selectors(sheets[1]!)).toEqual(['.utrecht-button']);
  });

  it('keeps a used component whole with the tokens it reads, on the real NL Design System sheets', () => {
    const require = createRequire(import.meta.url);
    const file = (name: string) => readFileSync(require.resolve(name), 'utf8');
    const sheets = [
      file('@nl-design-system-unstable/voorbeeld-design-tokens/dist/theme.css'),
      file('@utrecht/component-library-css/dist/index.css'),
    ];
    const trimmed = trimStyleSheets(sheets, 'className: "utrecht-button utrecht-button--primary-action"');
    const kept = trimmed.sheets.join('\n');
    expect(kept).toContain('.utrecht-button--primary-action');
    expect(kept).not.toContain('.utrecht-textbox');
    // each theme token a kept declaration reads is still defined (a definition inside an unused
    // component's rule goes with that rule)
    const theme = new Set(properties(sheets[0]!));
    const defined = new Set(properties(trimmed.sheets[0]!));
    const read = [...kept.matchAll(/var\(\s*(--[a-zA-Z0-9_-]+)/g)].map((m) => m[1]!);
    expect(read.filter((name) => theme.has(name)).length).toBeGreaterThan(10);
    for (const name of read) if (theme.has(name)) expect(defined.has(name), name).toBe(true);
    expect(kept.length).toBeLessThan(sheets.join('\n').length / 5);
  });
});
