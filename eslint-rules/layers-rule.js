// ggm/layers: a file under src/ may import its own layer and the layers below it in layers.json.
// Layers on the same rank may not import each other. Test code is exempt.
import path from 'node:path';
import {
  LAYERS_FILE,
  displayPath,
  findProjectRoot,
  isTestCode,
  layerOf,
  loadLayerRanks,
  sourceDirectoryOf,
} from './project-layout.js';
import { importVisitors, resolveRelativeImport } from './source-imports.js';

const importing = '{{from}} (layer {{fromLayer}}) may not import {{to}} (layer {{toLayer}})';

export const layersRule = {
  meta: {
    type: 'problem',
    docs: { description: `Imports point down the layers listed in ${LAYERS_FILE} (src/<layer>/…)` },
    schema: [],
    messages: {
      upward: `${importing}: imports point down the layers in ${LAYERS_FILE}`,
      sameRank: `${importing}: {{fromLayer}} and {{toLayer}} share a rank in ${LAYERS_FILE} and may not import each other`,
      unlisted: `{{from}} imports {{to}}, but layer {{unlistedLayer}} is not in ${LAYERS_FILE}: place it there`,
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    const root = findProjectRoot(file);
    if (root === null) throw new Error(`ggm/layers: no ${LAYERS_FILE} in any folder above ${file}`);
    const sourceDirectory = sourceDirectoryOf(root);
    const fromLayer = layerOf(sourceDirectory, file);
    if (fromLayer === null || isTestCode(sourceDirectory, file)) return {};
    const ranks = loadLayerRanks(root);

    return importVisitors((specifierNode) => {
      const target = resolveRelativeImport(file, specifierNode.value);
      if (target === null) return;
      const toLayer = layerOf(sourceDirectory, target);
      if (toLayer === null || toLayer === fromLayer) return;
      const data = { from: displayPath(root, file), to: displayPath(root, target), fromLayer, toLayer };
      const unlistedLayer = [fromLayer, toLayer].find((layer) => !ranks.has(layer));
      if (unlistedLayer !== undefined) {
        context.report({ node: specifierNode, messageId: 'unlisted', data: { ...data, unlistedLayer } });
        return;
      }
      const fromRank = ranks.get(fromLayer);
      const toRank = ranks.get(toLayer);
      if (toRank > fromRank) context.report({ node: specifierNode, messageId: 'upward', data });
      else if (toRank === fromRank) context.report({ node: specifierNode, messageId: 'sameRank', data });
    });
  },
};
