// ggm/no-cycle: reports an import A → B between src files when B leads back to A, with the path.
// Type-only imports count too. Test files are not checked, but their imports are followed.
import path from 'node:path';
import { importGraphFor } from './import-graph.js';
import {
  LAYERS_FILE,
  displayPath,
  findProjectRoot,
  isInside,
  isTestFile,
  sourceDirectoryOf,
} from './project-layout.js';
import { importVisitors, resolveRelativeImport } from './source-imports.js';

export const noCycleRule = {
  meta: {
    type: 'problem',
    docs: { description: 'No import cycles among the files under src/' },
    schema: [],
    messages: { cycle: 'import cycle: {{cycle}}' },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const root = findProjectRoot(file);
    if (root === null) throw new Error(`ggm/no-cycle: no ${LAYERS_FILE} in any folder above ${file}`);
    const sourceDirectory = sourceDirectoryOf(root);
    if (!isInside(sourceDirectory, file) || isTestFile(file)) return {};

    const imports = []; // { specifierNode, target }
    return {
      ...importVisitors((specifierNode) => {
        const target = resolveRelativeImport(file, specifierNode.value);
        if (target !== null && isInside(sourceDirectory, target)) imports.push({ specifierNode, target });
      }),
      // The other files come from disk; this one from its AST, which may be newer (an editor buffer).
      'Program:exit'() {
        const graph = importGraphFor(sourceDirectory);
        const deadEnds = new Set();
        for (const { specifierNode, target } of imports) {
          const pathBack = graph.pathBetween(target, file, deadEnds);
          if (pathBack === null) continue;
          const cycle = [file, ...pathBack].map((each) => displayPath(root, each)).join(' → ');
          context.report({ node: specifierNode, messageId: 'cycle', data: { cycle } });
        }
      },
    };
  },
};
