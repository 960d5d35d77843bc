import { createWriteStream } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import {
  defaultAuditLogPath,
  findSubjectRecords,
  isValidBsn,
  looksLikeBsn,
  pseudonymiseSubject,
  readLogEntries,
  resolveKey,
  toOtlpJson,
  verifyAuditLog,
  type ChainHead,
  type KeyMode,
  type LdvRecord,
} from '../../audit/index.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { loadGovernance } from '../../pipeline/governance/load-governance.js';
import { ProjectError, ProjectService } from '../../pipeline/project-service.js';
import { commandGroup } from '../command-groups.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface LogOptions {
  project: string;
  log?: string;
}

const BSN_IN_ARGV =
  'a BSN is never accepted on the command line (it would stay in the shell history and the process list): ' +
  'give it on standard input, one per line, e.g. `ggm audit subject < bsn.txt`';

/** `ggm audit verify | subject | export`: the Logboek Dataverwerkingen (docs/audit.md). */
export function registerAuditCommands(program: Command, io: Io): void {
  const audit = commandGroup(program, 'audit', 'the Logboek Dataverwerkingen: verify, inzage, export');
  const logOptions = (command: Command) =>
    command
      .option('-p, --project <dir>', 'project directory (ggm.yaml)', '.')
      .option('--log <file>', 'the audit log (default <project>/.ggm/audit/ldv.jsonl)');

  logOptions(audit.command('verify'))
    .description('check the hash chain: every changed, removed, inserted, reordered or cut-off record')
    .option('--expect <sequence:hash>', 'the head the log must reach (instead of <log>.head)')
    .option('--no-anchor', 'do not check against a head anchor')
    .option('--json', 'print JSON')
    .action(async (options: LogOptions & { expect?: string; anchor: boolean; json?: boolean }) => {
      const path = await logPath(options);
      const anchor = options.expect ? parseExpect(options.expect) : options.anchor ? 'head-file' : 'none';
      const result = await verifyAuditLog(path, { anchor });
      if (options.json) printJson(io, { log: path, ...result });
      else {
        for (const p of result.problems) io.err(formatDiagnostic(p));
        const last = result.last ? `up to record ${result.last.sequence}` : 'no records';
        const anchored = result.anchor
          ? `, checked against head ${result.anchor.sequence}`
          : ', no head anchor';
        io.out(
          `${path}: ${result.lines} line(s), ${last}${anchored}: ${result.ok ? 'intact' : 'NOT intact'}`,
        );
        if (result.ok && result.last) {
          io.out(
            `head ${result.last.sequence}:${result.last.hash} (keep a copy elsewhere; check later with --expect)`,
          );
        }
      }
      if (!result.ok) process.exitCode = 1;
    });

  logOptions(audit.command('subject'))
    .description(
      'inzageverzoek (AVG art. 15): every processing of a person; BSNs on standard input, one per line',
    )
    .argument('[refused...]', 'nothing: a BSN on the command line is refused')
    .option(
      '--mode <mode>',
      "key mode: production (the audit key must exist) or development; default governance.yaml's mode, else production",
    )
    .option('--json', 'print JSON')
    .action(async (args: string[], options: LogOptions & { mode?: string; json?: boolean }) => {
      // any BSN-like argument; in option values only what passes the 11-proef (a folder may be a date)
      const inOptions = [options.project, options.log ?? '', options.mode ?? ''].some(
        (v) => looksLikeBsn(v) && isValidBsn(v.replace(/[\s.-]/g, '').padStart(9, '0')),
      );
      if (args.some(looksLikeBsn) || inOptions) {
        throw new UsageError(BSN_IN_ARGV);
      }
      if (args.length > 0)
        throw new UsageError('ggm audit subject takes no arguments: BSNs come on standard input');
      if (options.mode !== undefined) keyMode(options.mode);
      const bsns = await readBsns();
      const service = await ProjectService.open(options.project);
      const path = options.log ? resolve(options.log) : defaultAuditLogPath(service.config.dir);
      const { name, mode } = await auditKeySetting(service.config.dir, options.mode);
      const key = await resolveKey(name, { projectDir: service.config.dir, env: process.env, mode });
      const verdict = await verifyAuditLog(path);
      let unreadable = 0;
      const pseudonyms = bsns.map((bsn) => pseudonymiseSubject(bsn, key));
      const records = await findSubjectRecords(path, pseudonyms, { onUnreadable: () => unreadable++ });
      const perSubject = bsns.map((bsn, i) => ({
        bsn: maskBsn(bsn),
        records: records.filter((r) => r.dataSubjects.some((s) => s.id === pseudonyms[i])),
      }));
      if (!verdict.ok || unreadable > 0) {
        io.err(
          `warning: the audit log ${path} does not verify (${verdict.problems.length} problem(s), ` +
            `${unreadable} unreadable line(s)): this answer may be incomplete; run \`ggm audit verify\``,
        );
      }
      if (options.json) {
        printJson(io, { log: path, intact: verdict.ok, unreadableLines: unreadable, subjects: perSubject });
        return;
      }
      for (const subject of perSubject) io.out(inzageText(subject.bsn, subject.records));
    });

  logOptions(audit.command('export'))
    .description('the log as OpenTelemetry traces: OTLP/JSON, one ExportTraceServiceRequest per line')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--from-sequence <n>', 'start at this record (for incremental delivery)', '0')
    .option('--batch <n>', 'records per request line', '1000')
    .option('--with-user', 'include the user (the LDV standard keeps identities in a separate log)')
    .action(
      async (
        options: LogOptions & { out?: string; fromSequence: string; batch: string; withUser?: boolean },
      ) => {
        const path = await logPath(options);
        const from = nonNegativeInteger(options.fromSequence, '--from-sequence');
        const batchSize = Math.max(1, nonNegativeInteger(options.batch, '--batch'));
        const file = options.out ? createWriteStream(resolve(options.out), { mode: 0o600 }) : undefined;
        const emit = (text: string) => (file ? file.write(`${text}\n`) : io.out(text));
        const resource = { serviceName: 'ggm-platform', serviceVersion: '0.1.0' };
        let batch: LdvRecord[] = [];
        let exported = 0;
        let unreadable = 0;
        const flush = () => {
          if (batch.length === 0) return;
          emit(JSON.stringify(toOtlpJson(batch, resource, { includeUser: options.withUser === true })));
          exported += batch.length;
          batch = [];
        };
        for await (const { entry } of readLogEntries(path)) {
          if (!entry) {
            unreadable++;
            continue;
          }
          for (let i = 0; i < entry.count; i++) {
            if (entry.first + i < from) continue;
            batch.push(entry.record(i));
            if (batch.length >= batchSize) flush();
          }
        }
        flush();
        if (file)
          await new Promise<void>((done, fail) => file.end((e?: Error | null) => (e ? fail(e) : done())));
        io.err(`exported ${exported} record(s) from ${path}${options.out ? ` to ${options.out}` : ''}`);
        if (unreadable > 0) {
          io.err(`error: ${unreadable} unreadable line(s) were not exported; run \`ggm audit verify\``);
          process.exitCode = 1;
        }
      },
    );
}

async function logPath(options: LogOptions): Promise<string> {
  if (options.log) return resolve(options.log);
  return defaultAuditLogPath((await ProjectService.open(options.project)).config.dir);
}

function parseExpect(text: string): ChainHead {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new UsageError('--expect takes <sequence>:<hash>, e.g. 41:3f2a… (64 hex digits)');
  return { sequence: Number(match[1]), hash: match[2]! };
}

/** The audit key's name and the key mode: from governance.yaml when there is one, else `audit` in production. */
async function auditKeySetting(
  projectDir: string,
  modeOption?: string,
): Promise<{ name: string; mode: KeyMode }> {
  const { policy, diagnostics } = await loadGovernance(projectDir);
  if (!policy) throw new ProjectError('governance.yaml has errors', diagnostics);
  const fromFile = policy.file !== '';
  const mode = modeOption !== undefined ? keyMode(modeOption) : fromFile ? policy.mode : 'production';
  return { name: policy.auditKey, mode };
}

function keyMode(text: string): KeyMode {
  if (text !== 'production' && text !== 'development') {
    throw new UsageError(`--mode is production or development, not ${JSON.stringify(text)}`);
  }
  return text;
}

function nonNegativeInteger(text: string, option: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(`${option} takes a whole number`);
  return Number(text);
}

/** BSNs from standard input, one per line (dots, dashes and spaces allowed; 8 digits get a leading 0). */
async function readBsns(): Promise<string[]> {
  if (process.stdin.isTTY) process.stderr.write('BSN(s), one per line; end with Ctrl-D:\n');
  let text = '';
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) text += chunk.toString('utf8');
  const bsns: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const digits = line.replace(/[\s.-]/g, '');
    const bsn = /^\d{8}$/.test(digits) ? `0${digits}` : digits;
    // the line's text is never repeated: it may be a mistyped BSN
    if (!isValidBsn(bsn))
      throw new UsageError(`line ${i + 1} of standard input is not a valid BSN (11-proef)`);
    if (!bsns.includes(bsn)) bsns.push(bsn);
  });
  if (bsns.length === 0) throw new UsageError('no BSN on standard input: give one per line');
  return bsns;
}

function maskBsn(bsn: string): string {
  return `******${bsn.slice(6)}`;
}

/** The inzage answer for one person, in Dutch: the privacy officer passes it on. */
function inzageText(maskedBsn: string, records: LdvRecord[]): string {
  const title = `Verwerkingen voor BSN ${maskedBsn}: ${records.length}`;
  if (records.length === 0) return `${title}\nGeen verwerkingen gevonden in het logboek.\n`;
  const rows = records.map((r) => [
    new Date(r.startTime).toISOString(),
    r.name,
    r.processingActivityId ?? '(geen)',
    r.actor.user,
    r.actor.roles.join(', '),
    r.outcome === 'allowed' ? (r.statusCode === 2 ? 'fout' : 'verwerkt') : 'geweigerd',
    r.traceId,
  ]);
  const header = [
    'tijdstip (UTC)',
    'handeling',
    'verwerkingsactiviteit',
    'gebruiker',
    'rollen',
    'uitkomst',
    'trace',
  ];
  return `${title}\n${formatTable(header, rows, 200)}\n`;
}
