import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ModelIndex } from '../../model/model-index.js';
import { selectClasses } from '../../model/model-selection.js';
import { hasReleases, loadReleaseIndex } from '../../../test/helpers/releases.js';
import { buildContractModel } from './contract-model.js';
import { emitTypeScript, tsString } from './typescript-emitter.js';

/** Type-checks in-memory files with the TypeScript compiler API (strict) and returns the errors. */
function typeCheck(files: Record<string, string>): string[] {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts'],
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const own = (name: string) => (name.startsWith('/virtual/') ? files[name.slice(9)] : undefined);
  const directoryExists = host.directoryExists?.bind(host);
  host.fileExists = (name) => (name.startsWith('/virtual/') ? own(name) !== undefined : fileExists(name));
  host.directoryExists = (name) => name === '/virtual' || (directoryExists?.(name) ?? true);
  host.readFile = (name) => own(name) ?? readFile(name);
  host.getSourceFile = (name, language) => {
    const text = own(name);
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile(name, language);
  };
  const program = ts.createProgram(
    Object.keys(files).map((f) => `/virtual/${f}`),
    options,
    host,
  );
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start) : undefined;
    return `${d.file?.fileName ?? ''}:${where ? where.line + 1 : ''} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  });
}

describe.skipIf(!hasReleases())('TypeScript declarations from GGM v2.5.1', () => {
  let index: ModelIndex;
  let sample: string;

  beforeAll(async () => {
    index = await loadReleaseIndex('v2.5.1');
    const classes = ['Onderwijssoort', 'Schuld', 'Verzuimmelding', 'Strooiroute', 'Beschikte Voorziening'];
    sample = emitTypeScript(buildContractModel(index, selectClasses(index, { classes, closure: false })));
  });

  it('compiles a domain with its closure without errors', () => {
    const model = buildContractModel(index, selectClasses(index, { domains: ['Onderwijs'] }));
    const dts = emitTypeScript(model);
    expect(dts).toContain(
      'export interface Verzuimmelding extends LeerplichtEnLeerlingenvervoer_AanvraagOfMelding',
    );
    expect(typeCheck({ 'ggm.d.ts': dts })).toEqual([]);
  });

  it('types values: enumerations as literal unions, optional from cardinality, references, GeoJSON', () => {
    const usage = `
import type { Onderwijssoort, Schuld, Verzuimmelding, Strooiroute, BeschikteVoorziening } from './ggm.js';

export const soort: Onderwijssoort = { onderwijstype: 'HAVO', omschrijving: 'havo' };
// @ts-expect-error not a literal of Onderwijstype
export const wrongLiteral: Onderwijssoort = { onderwijstype: 'Gymnasium' };
// @ts-expect-error onderwijstype is required (1..1)
export const missing: Onderwijssoort = { omschrijving: 'zonder type' };
export const schuld: Schuld = { bedrag: 12.5, schuldBijSchuldeiser: { id: '1' } };
// @ts-expect-error a reference needs an id
export const badReference: Schuld = { schuldBijSchuldeiser: { href: '/x' } };
export const melding: Verzuimmelding = {
  heeftSchool: { id: 's' },
  betreftLeerling: { id: 'l' },
  ingediendDoorIndiener: { id: 'i' },
  heeftAOMStatus: [{ id: 'a' }],
  betreftOnderwerp: [{ id: 'o' }],
};
// @ts-expect-error the superclass's betreftLeerling is required
export const withoutInherited: Verzuimmelding = { ...melding, betreftLeerling: undefined };
export const route: Strooiroute = { route: { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]]] } };
// @ts-expect-error geometry is GeoJSON, not WKT
export const wkt: Strooiroute = { route: 'MULTILINESTRING((0 0, 1 1))' };
export type Voorziening = BeschikteVoorziening['isVoorziening'];
`;
    expect(typeCheck({ 'ggm.d.ts': sample, 'usage.ts': usage })).toEqual([]);
  });

  it('makes names valid identifiers and keeps the GGM name in JSDoc', () => {
    expect(sample).toContain('export interface BeschikteVoorziening {');
    expect(sample).toMatch(/GGM: 6 Sociaal Domein\/.*\/Beschikte Voorziening\n/);
    expect(sample).toMatch(
      /\/\*\*\n \* Typologie voor onderwijs\n \*\n \* GGM: 4 Onderwijs\/.*\/Onderwijssoort\n \*\/\nexport interface Onderwijssoort \{/,
    );
  });

  it('omits an inherited property that a subclass redefines differently, so the full model compiles', () => {
    const model = buildContractModel(index, selectClasses(index, {}));
    expect(model.diagnostics.some((d) => d.code === 'GGM-S406')).toBe(true);
    const dts = emitTypeScript(model);
    expect(dts).toMatch(/extends [^{]*Omit<\w+, '\w+'/);
    expect(typeCheck({ 'ggm.d.ts': dts })).toEqual([]);
  });

  it('quotes strings safely', () => {
    expect(tsString("it's a \\ test\n")).toBe("'it\\'s a \\\\ test\\n'");
  });
});
