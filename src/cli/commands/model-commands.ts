import type { Command } from 'commander';
import { countByCode } from '../../diagnostics/diagnostic.js';
import { formatCardinality, formatType } from '../../model/format-type.js';
import type { ModelIndex } from '../../model/model-index.js';
import { searchModel } from '../../model/model-search.js';
import type { ClassDef, GgmModel, Package } from '../../model/model-types.js';
import { loadCommandModel } from '../model-source.js';
import { formatTable, printJson, UsageError, type Io } from '../output.js';

interface ModelOptions {
  model?: string;
  json?: boolean;
  cache?: boolean;
}

export function modelCounts(model: GgmModel) {
  return {
    packages: model.packages.length,
    classes: model.classes.length,
    attributes: model.classes.reduce((n, c) => n + c.attributes.length, 0),
    enumerations: model.enumerations.length,
    literals: model.enumerations.reduce((n, e) => n + e.literals.length, 0),
    associations: model.associations.length,
    generalizations: model.generalizations.length,
    diagrams: model.diagrams.length,
  };
}

/** The summary `ggm model info --json` prints; a stable shape that later tooling relies on. */
export function modelInfo(model: GgmModel) {
  return {
    ...(model.version ? { version: model.version } : {}),
    name: model.name,
    file: model.source.file,
    sha256: model.source.sha256,
    source: model.source.sheets,
    model: modelCounts(model),
    diagnostics: countByCode(model.diagnostics),
  };
}

export function registerModelCommands(program: Command, io: Io): void {
  const model = program.command('model').description('load, browse and compare GGM releases');
  const withModel = (cmd: Command) =>
    cmd
      .option(
        '-m, --model <path|version>',
        'release workbook path or version such as v2.5.1 (default: GGM_MODEL)',
      )
      .option('--json', 'print JSON')
      .option('--no-cache', 'parse the workbook even when a compiled copy is cached');

  withModel(model.command('info'))
    .description('counts per sheet and per element kind, and the problems found while loading')
    .option('--diagnostics', 'list every diagnostic')
    .action(async (options: ModelOptions & { diagnostics?: boolean }) => {
      const { model: m } = await loadCommandModel(options.model, { noCache: options.cache === false });
      if (options.json) {
        printJson(
          io,
          options.diagnostics ? { ...modelInfo(m), diagnosticList: m.diagnostics } : modelInfo(m),
        );
        return;
      }
      printInfo(io, m, options.diagnostics === true);
    });

  withModel(model.command('tree'))
    .description('the package tree: domains and subdomains with their classes')
    .option('-d, --domain <domain>', 'only this domain (name or number)')
    .option('--classes', 'list the classes in each package')
    .action(async (options: ModelOptions & { domain?: string; classes?: boolean }) => {
      const { index } = await loadCommandModel(options.model, { noCache: options.cache === false });
      const roots = rootsFor(index, options.domain);
      if (options.json) {
        printJson(
          io,
          roots.map((r) => treeJson(index, r)),
        );
        return;
      }
      for (const r of roots) printTree(io, index, r, 0, options.classes === true);
    });

  withModel(model.command('show'))
    .description('a class: definition, attributes (also inherited), associations')
    .argument('<class>', 'class name or qualified name (Domain/Package/Class)')
    .action(async (name: string, options: ModelOptions) => {
      const { index } = await loadCommandModel(options.model, { noCache: options.cache === false });
      const classes = index.findClasses(name);
      if (classes.length === 0) {
        const near = index.suggestClasses(name, 5);
        throw new UsageError(
          `no class named ${name}${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`,
          1,
        );
      }
      if (options.json) {
        printJson(
          io,
          classes.map((c) => classJson(index, c)),
        );
        return;
      }
      if (classes.length > 1) {
        io.out(`${classes.length} classes are named ${name}; each is shown below.\n`);
      }
      classes.forEach((c, i) => {
        if (i > 0) io.out('');
        printClass(io, index, c);
      });
    });

  withModel(model.command('search'))
    .description('search classes, attributes and enumerations by name, synonym and definition')
    .argument('<text>', 'what to look for')
    .option('-n, --limit <n>', 'at most this many results', '20')
    .action(async (text: string, options: ModelOptions & { limit: string }) => {
      const { index } = await loadCommandModel(options.model, { noCache: options.cache === false });
      const hits = searchModel(index, text, Number(options.limit) || 20);
      if (options.json) {
        printJson(io, hits);
        return;
      }
      if (hits.length === 0) {
        io.out(`nothing found for "${text}"`);
        return;
      }
      io.out(
        formatTable(
          ['kind', 'name', 'matched in', 'score'],
          hits.map((h) => [h.kind, h.qualifiedName, h.matchedIn, h.score]),
          90,
        ),
      );
    });
}

function printInfo(io: Io, m: GgmModel, listDiagnostics: boolean): void {
  io.out(`${m.name}${m.version ? ` ${m.version}` : ''}`);
  io.out(`file    ${m.source.file}\nsha256  ${m.source.sha256}\n`);
  io.out(formatTable(['sheet', 'rows'], Object.entries(m.source.sheets)));
  io.out('');
  io.out(formatTable(['element', 'count'], Object.entries(modelCounts(m))));
  io.out('');
  const counts = countByCode(m.diagnostics);
  const example = (code: string) => m.diagnostics.find((d) => d.code === code)!;
  io.out(
    formatTable(
      ['diagnostic', 'severity', 'count', 'example'],
      Object.entries(counts).map(([code, n]) => [code, example(code).severity, n, example(code).message]),
      80,
    ),
  );
  if (listDiagnostics) {
    io.out('');
    for (const d of m.diagnostics) {
      const at = d.at ? `${d.at.sheet ?? ''}${d.at.row ? ` row ${d.at.row}` : ''}` : '';
      io.out(`${d.severity} ${d.code} ${at}: ${d.message}${d.hint ? ` (${d.hint})` : ''}`);
    }
  }
}

function rootsFor(index: ModelIndex, domain: string | undefined): Package[] {
  if (!domain) return index.model.packages.filter((p) => p.depth === 0);
  const found = index.findDomain(domain) ?? index.findPackage(domain);
  if (!found) {
    throw new UsageError(
      `no domain ${domain}; the domains are: ${index
        .domains()
        .map((d) => d.name)
        .join(', ')}`,
      1,
    );
  }
  return [found];
}

function childrenOf(index: ModelIndex, pkg: Package): Package[] {
  return index.model.packages
    .filter((p) => p.parentId === pkg.id)
    .sort((a, b) => a.name.localeCompare(b.name, 'nl', { numeric: true }));
}

function treeJson(index: ModelIndex, pkg: Package): unknown {
  return {
    id: pkg.id,
    name: pkg.name,
    ...(pkg.stereotype ? { stereotype: pkg.stereotype } : {}),
    classes: index.classesInPackage(pkg.id, false).map((c) => c.name),
    enumerations: index.model.enumerations.filter((e) => e.packageId === pkg.id).map((e) => e.name),
    packages: childrenOf(index, pkg).map((c) => treeJson(index, c)),
  };
}

function printTree(io: Io, index: ModelIndex, pkg: Package, depth: number, withClasses: boolean): void {
  const own = index.classesInPackage(pkg.id, false);
  const total = index.classesInPackage(pkg.id).length;
  io.out(
    `${'  '.repeat(depth)}${pkg.name}  (${total} classes${own.length !== total ? `, ${own.length} here` : ''})`,
  );
  if (withClasses) for (const c of own) io.out(`${'  '.repeat(depth + 1)}· ${c.name}`);
  for (const child of childrenOf(index, pkg)) printTree(io, index, child, depth + 1, withClasses);
}

function classJson(index: ModelIndex, c: ClassDef) {
  return {
    id: c.id,
    name: c.name,
    qualifiedName: index.qualifiedName(c),
    domain: index.domainOf(c.packageId)?.name,
    stereotype: c.stereotype,
    isDatatype: c.isDatatype,
    definition: c.definition,
    synonyms: c.synonyms,
    superclasses: index.superclasses(c.id).map((s) => index.qualifiedName(s)),
    subclasses: index.subclasses(c.id).map((s) => index.qualifiedName(s)),
    attributes: index.allAttributes(c.id).map(({ attribute: a, owner, inherited }) => ({
      id: a.id,
      name: a.name,
      type: formatType(a.type, index),
      cardinality: formatCardinality(a.cardinality),
      definition: a.definition,
      ...(inherited ? { inheritedFrom: index.qualifiedName(owner) } : {}),
    })),
    associations: index.associationsOf(c.id).map(({ association: a, side, other }) => {
      const far = side === 'source' ? a.target : a.source;
      return {
        id: a.id,
        name: a.name,
        direction: side === 'source' ? 'outgoing' : 'incoming',
        role: far.role,
        other: index.qualifiedName(other),
        multiplicity: formatCardinality(far.multiplicity),
      };
    }),
  };
}

function printClass(io: Io, index: ModelIndex, c: ClassDef): void {
  const j = classJson(index, c);
  io.out(`${j.qualifiedName}${c.stereotype ? `  «${c.stereotype}»` : ''}`);
  if (c.definition) io.out(`  ${c.definition}`);
  if (j.synonyms.length > 0) io.out(`  synonyms: ${j.synonyms.join(', ')}`);
  if (j.superclasses.length > 0) io.out(`  is a: ${j.superclasses.join(', ')}`);
  if (j.subclasses.length > 0) io.out(`  specialised by: ${j.subclasses.join(', ')}`);
  io.out('');
  io.out(`Attributes (${j.attributes.length})`);
  io.out(
    formatTable(
      ['name', 'type', 'card', 'inherited from', 'definition'],
      j.attributes.map((a) => [a.name, a.type, a.cardinality, a.inheritedFrom ?? '', a.definition]),
      50,
    ),
  );
  io.out('');
  io.out(`Associations (${j.associations.length})`);
  io.out(
    formatTable(
      ['name', 'direction', 'role', 'other class', 'mult'],
      j.associations.map((a) => [a.name, a.direction, a.role, a.other, a.multiplicity]),
      50,
    ),
  );
}
