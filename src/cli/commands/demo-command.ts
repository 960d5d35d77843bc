import type { Command } from 'commander';
import { loadCommandModel } from '../model-source.js';
import { formatTable, type Io } from '../output.js';
import { modelCounts } from './model-commands.js';

/**
 * `ggm demo`: the main job behind `npm start`. Until the demo municipality exists it loads the GGM
 * release and prints what it holds per domain.
 */
export function registerDemoCommand(program: Command, io: Io): void {
  program
    .command('demo')
    .description('run the demo on the embedded default (loads the GGM and summarises it)')
    .option(
      '-m, --model <path|version>',
      'release workbook path or version (default: GGM_MODEL, else v2.5.1)',
    )
    .action(async (options: { model?: string }) => {
      const started = performance.now();
      const { model, index, from, file } = await loadCommandModel(options.model, { fallback: true });
      const ms = Math.round(performance.now() - started);
      io.out(
        `Loaded ${model.name}${model.version ? ` ${model.version}` : ''} from ${file} (${from}, ${ms} ms)\n`,
      );
      io.out(formatTable(['element', 'count'], Object.entries(modelCounts(model))));
      io.out('');
      io.out(
        formatTable(
          ['domain', 'classes', 'enumerations'],
          index
            .domains()
            .map((d) => [d.name, index.classesInDomain(d).length, index.enumerationsInDomain(d).length]),
        ),
      );
      io.out(
        `\n${model.diagnostics.length} diagnostics; see \`ggm model info --model ${options.model ?? file}\``,
      );
    });
}
