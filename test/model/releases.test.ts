import { describe, expect, it } from 'vitest';
import { countByCode } from '../../src/diagnostics/diagnostic.js';
import { formatType } from '../../src/model/format-type.js';
import { ModelIndex } from '../../src/model/model-index.js';
import { loadRelease, RELEASES, type Release } from '../helpers/releases.js';

/** Data rows per sheet of each official release (from the workbooks; header excluded). */
const SHEET_ROWS: Record<Release, Record<string, number>> = {
  'v2.2.0': {
    diagram_class: 1702,
    diagram_enumeration: 183,
    diagram_association: 0,
    diagram_generalization: 0,
    packages: 277,
    classes: 858,
    attributes: 4425,
    enumerations: 374,
    enumerationliterals: 4097,
    associations: 919,
    generalizations: 264,
    diagrams: 245,
  },
  'v2.4.0': {
    diagram_class: 1859,
    diagram_enumeration: 245,
    diagram_association: 0,
    diagram_generalization: 0,
    packages: 301,
    classes: 980,
    attributes: 4906,
    enumerations: 461,
    enumerationliterals: 4392,
    associations: 1077,
    generalizations: 306,
    diagrams: 256,
  },
  'v2.5.0': {
    diagram_class: 1839,
    diagram_enumeration: 255,
    diagram_association: 0,
    diagram_generalization: 0,
    packages: 296,
    classes: 987,
    attributes: 4925,
    enumerations: 519,
    enumerationliterals: 4444,
    associations: 1073,
    generalizations: 304,
    diagrams: 243,
  },
  'v2.5.1': {
    diagram_class: 1839,
    diagram_enumeration: 267,
    diagram_association: 0,
    diagram_generalization: 0,
    packages: 296,
    classes: 987,
    attributes: 4925,
    enumerations: 521,
    enumerationliterals: 4453,
    associations: 1073,
    generalizations: 304,
    diagrams: 243,
  },
};

/** Association ends the export writes as attribute rows, per release. */
const ASSOCIATION_END_ROWS: Record<Release, number> = {
  'v2.2.0': 587,
  'v2.4.0': 676,
  'v2.5.0': 656,
  'v2.5.1': 656,
};

describe.each(RELEASES)('release %s', (version) => {
  it('loads every sheet with the workbook row counts', async () => {
    const model = await loadRelease(version);
    expect(model.version).toBe(version.slice(1));
    expect(model.source.sheets).toEqual(SHEET_ROWS[version]);
  });

  it('keeps every class, enumeration, association and generalization, and drops only association ends', async () => {
    const model = await loadRelease(version);
    const rows = SHEET_ROWS[version];
    expect(model.classes).toHaveLength(rows['classes']!);
    expect(model.enumerations).toHaveLength(rows['enumerations']!);
    expect(model.associations).toHaveLength(rows['associations']!);
    expect(model.generalizations).toHaveLength(rows['generalizations']!);
    expect(model.diagrams).toHaveLength(rows['diagrams']!);
    const attributes = model.classes.reduce((n, c) => n + c.attributes.length, 0);
    expect(attributes).toBe(rows['attributes']! - ASSOCIATION_END_ROWS[version]);
    expect(countByCode(model.diagnostics)['GGM-M040']).toBe(ASSOCIATION_END_ROWS[version]);
    // Nothing is lost without a diagnostic saying so.
    expect(countByCode(model.diagnostics)['GGM-M003']).toBeUndefined();
    expect(countByCode(model.diagnostics)['GGM-M041']).toBeUndefined();
  });
});

describe('release v2.5.1', () => {
  it('has the documented element counts after cleanup', async () => {
    const model = await loadRelease('v2.5.1');
    expect({
      packages: model.packages.length,
      classes: model.classes.length,
      attributes: model.classes.reduce((n, c) => n + c.attributes.length, 0),
      enumerations: model.enumerations.length,
      literals: model.enumerations.reduce((n, e) => n + e.literals.length, 0),
      associations: model.associations.length,
      generalizations: model.generalizations.length,
    }).toEqual({
      packages: 296,
      classes: 987,
      attributes: 4269,
      enumerations: 521,
      literals: 4453,
      associations: 1073,
      generalizations: 304,
    });
  });

  it('resolves all but the 225 unresolvable attribute types', async () => {
    const model = await loadRelease('v2.5.1');
    const all = model.classes.flatMap((c) => c.attributes);
    expect(all.filter((a) => a.type.kind === 'unknown')).toHaveLength(225);
    expect(countByCode(model.diagnostics)['GGM-M052']).toBe(225);
    const kinds = new Map<string, number>();
    for (const a of all) {
      const k = a.type.kind === 'primitive' ? a.type.primitive : a.type.kind;
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    expect(kinds.get('enumeration')).toBeGreaterThan(280);
    expect(kinds.get('date')).toBeGreaterThan(700);
    expect(kinds.get('geometry')).toBeGreaterThanOrEqual(100);
  });

  it('places classes in the twelve domains as documented', async () => {
    const index = new ModelIndex(await loadRelease('v2.5.1'));
    const counts = Object.fromEntries(index.domains().map((d) => [d.name, index.classesInDomain(d).length]));
    expect(counts).toMatchObject({
      '0 Bestuur, Politiek en Ondersteuning': 13,
      '1 Veiligheid en Vergunningen': 30,
      '5 Sport, Cultuur en Recreatie': 89,
      '6 Sociaal Domein': 292,
      '8 Volkshuisvesting, Leefomgeving en Stedelijke Vernieuwing': 120,
      '9 Interne Organisatie': 149,
      '99 Kern': 207,
    });
    expect(index.domains()).toHaveLength(12);
  });

  it('shows Beschikking with its attributes and associations', async () => {
    const index = new ModelIndex(await loadRelease('v2.5.1'));
    const [beschikking] = index.findClasses(
      '6 Sociaal Domein/Generiek Jeugd en Wmo/Model Jeugd en Wmo Generiek/Beschikking',
    );
    expect(beschikking).toBeDefined();
    const attributes = index
      .allAttributes(beschikking!.id)
      .map((r) => `${r.attribute.name}: ${formatType(r.attribute.type, index)}`);
    expect(attributes).toEqual([
      'datumAfgifte: date',
      'code: string(20)',
      'grondslagen: integer',
      'commentaar: string(200)',
      'wet: enum Wet',
    ]);
    const associations = index.associationsOf(beschikking!.id);
    expect(associations).toHaveLength(11);
    expect(associations.map((a) => a.other.name)).toEqual(expect.arrayContaining(['Toewijzing', 'Client']));
  });

  it('closes a domain over the base layers it references', async () => {
    const index = new ModelIndex(await loadRelease('v2.5.1'));
    const social = index.findDomain('Sociaal Domein')!;
    const own = index.classesInDomain(social).map((c) => c.id);
    const closure = index.closure(own);
    const domains = new Set(
      [...closure.classIds].map((id) => index.domainOf(index.classes.get(id)!.packageId)?.name),
    );
    expect(closure.classIds.size).toBeGreaterThan(own.length);
    expect(domains).toContain('99 Kern');
  });
});
