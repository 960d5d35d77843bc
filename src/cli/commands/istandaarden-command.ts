import { stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { writeCorpus } from '../../ingest/istandaarden/generator/write-corpus.js';
import { readMessages } from '../../ingest/istandaarden/message-reader.js';
import { RULES, rulesMarkdown } from '../../ingest/istandaarden/rules/rule-catalog.js';
import { validatePaths, type MessageReport } from '../../ingest/istandaarden/validate-files.js';
import { commandGroup } from '../command-groups.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

async function mustExist(path: string): Promise<void> {
  try {
    await stat(path);
  } catch {
    throw new UsageError(`no such file or directory: ${path}`);
  }
}

function positiveInt(name: string, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new UsageError(`--${name} needs a whole number, not "${value}"`);
  return n;
}

/** `ggm istandaarden validate | parse | generate | rules`: iWmo/iJw 3.2 messages. */
export function registerIstandaardenCommands(program: Command, io: Io): void {
  const group = commandGroup(program, 'istandaarden', 'iWmo / iJw 3.2 messages: validate, parse, generate');

  group
    .command('validate')
    .description(
      'validate message files and every .xml file in folders; all of them together form the history',
    )
    .argument('<paths...>', 'files and/or folders')
    .option('--json', 'print JSON: per message { file, messageType, standard, valid, findings }')
    .option(
      '--no-history',
      'skip the rules that need other messages (on by default for a folder or several paths)',
    )
    .action(async (paths: string[], options: { json?: boolean; history?: boolean }) => {
      for (const path of paths) await mustExist(path);
      const reports = await validatePaths(paths, options.history === false ? { history: false } : {});
      if (options.json) printJson(io, reports);
      else printReports(io, reports);
      const invalid = reports.filter((r) => !r.valid).length;
      if (invalid > 0) throw new UsageError(`${invalid} of ${reports.length} message(s) invalid`, 1);
    });

  group
    .command('parse')
    .description('read a message file into typed records (amounts in eurocents, dates as ISO strings)')
    .argument('<file>', 'message file (bare or in an envelope)')
    .option('--json', 'print the record(s) as JSON')
    .action(async (file: string, options: { json?: boolean }) => {
      await mustExist(file);
      const out: unknown[] = [];
      let failed = false;
      for await (const m of readMessages(file)) {
        failed ||= !m.record || m.findings.some((f) => f.severity === 'error');
        if (options.json)
          out.push(m.record ?? { file: m.file, messageType: m.messageType ?? null, findings: m.findings });
        else
          io.out(
            `${m.file}#${m.index}  ${m.record?.name ?? '(unreadable)'}  envelope=${m.envelope}  findings=${m.findings.length}`,
          );
      }
      if (options.json) printJson(io, out.length === 1 ? out[0] : out);
      if (failed)
        throw new UsageError(
          'the file has structure findings; run `ggm istandaarden validate` for details',
          1,
        );
    });

  group
    .command('generate')
    .description(
      'write a seeded corpus for a fictional gemeente: valid chains, one invalid file per rule, a manifest',
    )
    .requiredOption('--out <dir>', 'output folder')
    .option('--seed <n>', 'random seed', '42')
    .option('--clients <n>', 'number of clients', '1000')
    .option('--start <date>', 'first day of the simulated year', '2025-01-01')
    .option('--batch <n>', 'messages per file (above 1: a <Berichten> wrapper)', '1')
    .option('--no-envelopes', 'no VECOZO / StUF-GGk envelopes')
    .option('--no-invalid', 'only the valid corpus')
    .action(
      async (options: {
        out: string;
        seed: string;
        clients: string;
        start: string;
        batch: string;
        envelopes?: boolean;
        invalid?: boolean;
      }) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(options.start))
          throw new UsageError(`--start needs yyyy-mm-dd, not "${options.start}"`);
        const summary = await writeCorpus(options.out, {
          seed: positiveInt('seed', options.seed),
          clients: positiveInt('clients', options.clients),
          startDate: options.start,
          batchSize: Math.max(1, positiveInt('batch', options.batch)),
          envelopes: options.envelopes !== false,
          invalid: options.invalid !== false,
        });
        io.out(
          `wrote ${summary.messages} messages in ${summary.files} files to ${options.out}/valid` +
            (summary.invalid
              ? `, ${summary.invalid} invalid cases to ${options.out}/invalid (manifest.json)`
              : ''),
        );
      },
    );

  group
    .command('rules')
    .description(
      'the rules the validator implements, per layer, with the elements they apply to and their source',
    )
    .option('--json', 'print JSON')
    .option('--markdown', 'print the audit table of docs/istandaarden.md')
    .action((options: { json?: boolean; markdown?: boolean }) => {
      if (options.json) printJson(io, RULES);
      else if (options.markdown) io.out(rulesMarkdown());
      else
        io.out(
          formatTable(
            ['rule', 'layer', 'checks'],
            RULES.map((r) => [r.id, r.layer, r.checks]),
            90,
          ),
        );
    });
}

function printReports(io: Io, reports: readonly MessageReport[]): void {
  for (const r of reports) {
    if (r.valid && r.findings.length === 0) continue;
    const name = r.messageType ? `${r.standard} ${r.messageType}` : 'unknown';
    io.out(`${r.file}${r.index ? `#${r.index}` : ''}  ${name}  ${r.valid ? 'valid' : 'INVALID'}`);
    for (const f of r.findings) {
      const at = f.line !== undefined ? ` (line ${f.line}:${f.col ?? 0})` : '';
      io.out(`  ${f.severity} ${f.rule} ${f.path}: ${f.message}${at}`);
    }
  }
  const invalid = reports.filter((r) => !r.valid).length;
  io.out(`${reports.length} message(s), ${reports.length - invalid} valid, ${invalid} invalid`);
}
