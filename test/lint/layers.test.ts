import { ESLint } from 'eslint';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import ggm from '../../eslint-rules/ggm-plugin.js';

const fixtures = fileURLToPath(new URL('../fixtures/layers/', import.meta.url));

/** ESLint over one fixture tree with only the two ggm rules, as eslint.config.js sets them up. */
function eslintFor(tree: string): ESLint {
  return new ESLint({
    cwd: join(fixtures, tree),
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['src/**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { ggm },
        rules: { 'ggm/layers': 'error', 'ggm/no-cycle': 'error' },
      },
    ],
  });
}

/** Every problem in the tree's src/, as "<file> <rule>: <message>", sorted. */
async function problemsIn(tree: string): Promise<string[]> {
  const results = await eslintFor(tree).lintFiles(['src']);
  return asLines(tree, results);
}

function asLines(tree: string, results: ESLint.LintResult[]): string[] {
  return results
    .flatMap((result) =>
      result.messages.map((message) => {
        const file = relative(join(fixtures, tree), result.filePath).split(sep).join('/');
        return `${file} ${message.ruleId}: ${message.message}`;
      }),
    )
    .sort();
}

const direction = 'imports point down the layers in layers.json';

describe('ggm/layers', () => {
  it('gives no messages for a tree whose imports all point down or stay in their folder', async () => {
    expect(await problemsIn('clean')).toEqual([]);
  });

  it('reports imports of a higher layer: value, type-only, re-export and dynamic', async () => {
    const problems = await problemsIn('wrong-way');
    const upward = (file: string) =>
      `src/base/${file}.ts ggm/layers: src/base/${file}.ts (layer base) may not import src/top/app.ts (layer top): ${direction}`;
    expect(problems).toContain(upward('upward'));
    expect(problems).toContain(upward('upward-type'));
    expect(problems).toContain(upward('upward-reexport'));
    expect(problems).toContain(upward('upward-dynamic'));
  });

  it('reports an import of a file directly in src/ as one of layer entry', async () => {
    expect(await problemsIn('wrong-way')).toContain(
      `src/top/uses-entry.ts ggm/layers: src/top/uses-entry.ts (layer top) may not import src/index.ts (layer entry): ${direction}`,
    );
  });

  it('reports imports between two folders of the same rank', async () => {
    expect(await problemsIn('wrong-way')).toContain(
      'src/middle/sideways.ts ggm/layers: src/middle/sideways.ts (layer middle) may not import src/side/value.ts (layer side): ' +
        'middle and side share a rank in layers.json and may not import each other',
    );
  });

  it('reports an import of a folder that is not in layers.json', async () => {
    expect(await problemsIn('wrong-way')).toContain(
      'src/top/uses-unplaced.ts ggm/layers: src/top/uses-unplaced.ts imports src/unplaced/thing.ts, ' +
        'but layer unplaced is not in layers.json: place it there',
    );
  });

  it('lets test code import anything: *.test.ts, *-test-support.ts and testing/ folders', async () => {
    const problems = await problemsIn('wrong-way');
    expect(problems.filter((line) => line.includes('testing/') || line.includes('-test-support'))).toEqual(
      [],
    );
    // A test file is linted from text, so the fixture tree holds no *.test.ts that vitest would run.
    const testFile = join(fixtures, 'wrong-way', 'src', 'base', 'upward.test.ts');
    const results = await eslintFor('wrong-way').lintText("import { app } from '../top/app.js';\n", {
      filePath: testFile,
    });
    expect(asLines('wrong-way', results)).toEqual([]);
  });

  it('reports nothing else in the wrong-way tree', async () => {
    expect((await problemsIn('wrong-way')).length).toBe(7);
  });
});

describe('ggm/no-cycle', () => {
  it('reports both imports of a two-file cycle, a type-only import included', async () => {
    const problems = await problemsIn('cycles');
    expect(problems.filter((line) => line.startsWith('src/pair/'))).toEqual([
      'src/pair/a.ts ggm/no-cycle: import cycle: src/pair/a.ts → src/pair/b.ts → src/pair/a.ts',
      'src/pair/b.ts ggm/no-cycle: import cycle: src/pair/b.ts → src/pair/a.ts → src/pair/b.ts',
    ]);
  });

  it('reports each import of a three-file cycle with its path, and not the imports outside it', async () => {
    const problems = await problemsIn('cycles');
    expect(problems.filter((line) => line.startsWith('src/ring/'))).toEqual([
      'src/ring/one.ts ggm/no-cycle: import cycle: src/ring/one.ts → src/ring/two.ts → src/ring/three.ts → src/ring/one.ts',
      'src/ring/three.ts ggm/no-cycle: import cycle: src/ring/three.ts → src/ring/one.ts → src/ring/two.ts → src/ring/three.ts',
      'src/ring/two.ts ggm/no-cycle: import cycle: src/ring/two.ts → src/ring/three.ts → src/ring/one.ts → src/ring/two.ts',
    ]);
  });
});
