import { resolve } from 'node:path';
import { formatCardinality, formatType } from '../model/format-type.js';
import { loadModel } from '../model/load-model.js';
import { ModelIndex } from '../model/model-index.js';
import { classView } from '../server/model-view/class-view.js';
import { diagramView } from '../server/model-view/diagram-view.js';
import { browseIndex } from '../server/model-view/model-browse-index.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';

const DEFAULT_RELEASE = resolve('..', 'shared', 'ggm', 'v2.5.1', 'Gemeentelijk Gegevensmodel.xlsx');

/**
 * `npm run bench -- model-pages [workbook]`: the web app's model pages on the full release. Every class
 * page (`GET /model/klassen/:naam`) and every diagram (`GET /model/diagrammen/:id`) is built and
 * serialised once per run; the figure is the time per page. The baseline is what the older
 * `GET /klassen/:naam` builds for the same classes (attributes and associations as text, no
 * enumerations, metadata or diagrams). Also printed: the largest page against the whole model's JSON,
 * which the browser never receives.
 */
export async function run(args: string[]): Promise<void> {
  const file = resolve(args[0] ?? process.env['GGM_MODEL'] ?? DEFAULT_RELEASE);
  const { model } = await loadModel(file);
  const memory = trackPeakMemory();
  const index = new ModelIndex(model);
  const startIndex = performance.now();
  const browse = browseIndex(index);
  const indexMs = performance.now() - startIndex;
  const classes = browse.lookup.all;
  let largestClass = 0;
  let largestDiagram = 0;
  const pages = () => {
    for (const { key, cls } of classes)
      largestClass = Math.max(largestClass, JSON.stringify(classView(browse, key, cls)).length);
    for (const d of model.diagrams)
      largestDiagram = Math.max(largestDiagram, JSON.stringify(diagramView(browse, d)).length);
  };
  const older = () => {
    for (const { cls } of classes)
      JSON.stringify({
        attributen: index.allAttributes(cls.id).map(({ attribute }) => ({
          naam: attribute.name,
          type: formatType(attribute.type, index),
          kardinaliteit: formatCardinality(attribute.cardinality),
        })),
        associaties: index.associationsOf(cls.id).map(({ association, other }) => ({
          naam: association.name ?? '',
          klasse: browse.lookup.keyOf(other.id),
        })),
      });
  };
  const count = classes.length + model.diagrams.length;
  const baseline = await time(older, 5);
  const ours = await time(pages, 5);
  const peak = memory.stop();
  const modelBytes = JSON.stringify(model).length;
  console.log(`browse index built in ${round(indexMs)} ms`);
  console.log(
    `${classes.length} class pages + ${model.diagrams.length} diagrams in ${round(ours.ms)} ms; ` +
      `older class route for the ${classes.length} classes in ${round(baseline.ms)} ms`,
  );
  console.log(
    `largest class page ${round(largestClass / 1024, 1)} KiB, largest diagram ${round(largestDiagram / 1024, 1)} KiB, ` +
      `whole model ${round(modelBytes / 1024 / 1024, 1)} MiB`,
  );
  console.log(
    resultLine('model-pages', 'ms_per_page', ours.ms / count, baseline.ms / classes.length, {
      pages: count,
      largest_page_kib: round(Math.max(largestClass, largestDiagram) / 1024, 1),
      peak_rss_mb: round(peak / 1e6),
    }),
  );
}
