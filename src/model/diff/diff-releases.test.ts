import { describe, expect, it } from 'vitest';
import { hasReleases, loadRelease, type Release } from '../../../test/helpers/releases.js';
import type { GgmModel } from '../model-types.js';
import { diffModels } from './diff-models.js';
import { DIFF_KINDS, type DiffKind, type KindCounts } from './diff-types.js';

const none: KindCounts = { added: 0, removed: 0, changed: 0, renamed: 0 };

function elementCounts(m: GgmModel): Record<DiffKind, number> {
  return {
    packages: m.packages.length,
    classes: m.classes.length,
    attributes: m.classes.reduce((n, c) => n + c.attributes.length, 0),
    enumerations: m.enumerations.length,
    literals: m.enumerations.reduce((n, e) => n + e.literals.length, 0),
    associations: m.associations.length,
    generalizations: m.generalizations.length,
    diagrams: m.diagrams.length,
  };
}

async function diff(a: Release, b: Release) {
  const [from, to] = await Promise.all([loadRelease(a), loadRelease(b)]);
  return { from, to, d: diffModels(from, to) };
}

describe.skipIf(!hasReleases())('diffModels on the official releases', () => {
  it('v2.5.0 → v2.5.1: 4 attribute renames, 2 type changes, 2 new enumerations, 9 new literals', async () => {
    const { d } = await diff('v2.5.0', 'v2.5.1');
    expect(d.summary).toEqual({
      packages: none,
      classes: none,
      attributes: { ...none, changed: 2, renamed: 4 },
      enumerations: { ...none, added: 2 },
      literals: { ...none, added: 9 },
      associations: { ...none, changed: 1 },
      generalizations: none,
      diagrams: { ...none, changed: 2 },
    });
    expect(d.attributes.renamed.map((r) => [r.before.class.name, r.before.name, r.after.name])).toEqual([
      ['Standplaats', 'Datum Begin Geldigheid', 'beginGeldigheid'],
      ['Standplaats', 'Datum Einde', 'datumEinde'],
      ['Standplaats', 'Datum Ingang', 'datumIngang'],
      ['Standplaats', 'Datum Einde Geldigheid', 'eindGeldigheid'],
    ]);
    for (const r of d.attributes.renamed) expect(r.changes.map((c) => c.field)).toEqual(['name']);
    const rsgbBoolean = '99 Kern/RSGBPlus/RSGB Model/Model Kern RSGB/Boolean';
    expect(d.attributes.changed.map((c) => [c.after.name, c.changes])).toEqual(
      ['opTalud', 'onbegroeidTerreindeelOpTalud'].map((name) => [
        name,
        [
          {
            field: 'type',
            before: { kind: 'primitive', primitive: 'boolean' },
            after: { kind: 'enumeration', qualifiedName: rsgbBoolean },
          },
        ],
      ]),
    );
    expect(d.enumerations.added.map((e) => [e.qualifiedName, e.occurrence, e.literals])).toEqual([
      [rsgbBoolean, 5, ['Ja', 'Nee', 'Onbekend', 'Leeg']],
      [rsgbBoolean, 6, ['Ja', 'Nee', 'Onbekend', 'Leeg']],
    ]);
    expect(d.literals.added[0]).toMatchObject({
      enumeration: '99 Kern/BAG/Model BAG/statusVerblijfsobject',
      name: 'verblijfsobject verbouwing',
    });
    expect(d.associations.changed[0]!.changes).toEqual([
      {
        field: 'target.class',
        before: expect.objectContaining({ qualifiedName: '99 Kern/BAG/Model BAG/OpenbareRuimte' }),
        after: expect.objectContaining({
          qualifiedName: '99 Kern/RSGBPlus/RSGB Model/archief/Model Kern RSGB/OpenbareRuimte',
        }),
      },
    ]);
    expect(d.diagnostics.map((x) => x.code)).toEqual(['GGM-D003']);
  });

  it('v2.4.0 → v2.5.0: element changes by id as in the release facts; re-ids are no change', async () => {
    const { d } = await diff('v2.4.0', 'v2.5.0');
    expect(d.summary.packages).toMatchObject({ added: 5, removed: 10 });
    expect(d.summary.classes).toMatchObject({ added: 13, removed: 6 });
    expect(d.summary.associations).toMatchObject({ added: 1, removed: 5 });
    expect(d.summary.generalizations).toMatchObject({ added: 0, removed: 2 });
    // By id: 165 added / 107 removed, of which 102 re-ids; by package and name what is left is real.
    expect(d.summary.enumerations).toEqual({ added: 63, removed: 5, changed: 0, renamed: 0 });
    // Literals by id: 955 added / 903 removed, of which 877 re-ids.
    expect(d.summary.literals).toMatchObject({ added: 78, removed: 26 });
    // The class re-created under a new id (facts: 1 re-id) is named in a note.
    const reIds = d.diagnostics.filter((x) => x.code === 'GGM-D001');
    expect(reIds.map((x) => x.message)).toEqual([expect.stringContaining('Inburgering/Z-route')]);
    // mogelijk_geen_waarde is new in v2.5.0: the cardinality changes come with a note saying so.
    expect(d.summary.attributes.changed).toBeGreaterThan(500);
    expect(
      d.diagnostics.find((x) => x.code === 'GGM-D002' && x.at?.sheet === 'attributes')?.message,
    ).toContain('mogelijk_geen_waarde');
  });

  it('v2.2.0 → v2.4.0: element changes by id as in the release facts', async () => {
    const { d } = await diff('v2.2.0', 'v2.4.0');
    expect(d.summary.packages).toMatchObject({ added: 29, removed: 5 });
    expect(d.summary.classes).toMatchObject({ added: 147, removed: 25 });
    expect(d.summary.associations).toMatchObject({ added: 180, removed: 22 });
    expect(d.summary.generalizations).toMatchObject({ added: 43, removed: 1 });
    // Facts by qualified name: 125 added / 38 removed; 6 more pair because their package was renamed.
    expect(d.summary.enumerations).toMatchObject({ added: 119, removed: 32 });
    expect(d.summary.literals).toMatchObject({ added: 605, removed: 310 });
  });

  it.each([
    ['v2.2.0', 'v2.4.0'],
    ['v2.4.0', 'v2.5.0'],
    ['v2.5.0', 'v2.5.1'],
  ] as const)('%s → %s: added minus removed equals the change in element counts', async (a, b) => {
    const { from, to, d } = await diff(a, b);
    const before = elementCounts(from);
    const after = elementCounts(to);
    for (const kind of DIFF_KINDS) {
      expect({ kind, delta: d.summary[kind].added - d.summary[kind].removed }).toEqual({
        kind,
        delta: after[kind] - before[kind],
      });
    }
  });

  it('a release against itself is empty', async () => {
    const { d } = await diff('v2.5.1', 'v2.5.1');
    for (const kind of DIFF_KINDS) expect(d.summary[kind]).toEqual(none);
  });

  it('v2.5.1 → v2.5.0 is the mirror image of v2.5.0 → v2.5.1', async () => {
    const forward = (await diff('v2.5.0', 'v2.5.1')).d;
    const backward = (await diff('v2.5.1', 'v2.5.0')).d;
    for (const kind of DIFF_KINDS) {
      const f = forward.summary[kind];
      expect(backward.summary[kind]).toEqual({
        added: f.removed,
        removed: f.added,
        changed: f.changed,
        renamed: f.renamed,
      });
    }
    expect(backward.attributes.renamed.map((r) => r.after.name).sort()).toEqual(
      forward.attributes.renamed.map((r) => r.before.name).sort(),
    );
  });
});
