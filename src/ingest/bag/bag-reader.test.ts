import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBag } from './bag-reader.js';
import {
  collect,
  DOESBURG_DIR,
  DOESBURG_SKIP_REASON,
  HAS_DOESBURG,
  recordObject,
} from './bag-test-support.js';

if (!HAS_DOESBURG) console.warn(DOESBURG_SKIP_REASON);

const file = (name: string): string => join(DOESBURG_DIR, name);

describe.skipIf(!HAS_DOESBURG)('BAG reader on the Doesburg extract (15-09-2020)', () => {
  it('reads the full pand zip: 13,098 voorkomens of 7,797 panden from its two parts', async () => {
    const { records, quarantine, warnings } = await collect(readBag(file('0221PND15092020.zip')));
    expect(quarantine).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(13_098);
    expect(new Set(records.map((r) => r.values[0])).size).toBe(7_797);
    expect(records.every((r) => r.objectType === 'PND')).toBe(true);
    const perPart = new Map<string, number>();
    for (const r of records) perPart.set(r.file, (perPart.get(r.file) ?? 0) + 1);
    expect(Object.fromEntries(perPart)).toEqual({
      '0221PND15092020.zip!0221PND15092020-000001.xml': 10_000,
      '0221PND15092020.zip!0221PND15092020-000002.xml': 3_098,
    });
    // (identificatie, voorkomenidentificatie) is unique: every version is kept once.
    expect(new Set(records.map((r) => `${r.values[0]}/${r.values[1]}`)).size).toBe(13_098);
    // Polygons with holes keep their interior rings: 16 polygons with 21 interiors in all.
    const holed = records.map((r) => recordObject(r).geometrie ?? '').filter((g) => g.includes('), ('));
    expect(holed).toHaveLength(16);
    expect(holed.reduce((n, g) => n + g.split('), (').length - 1, 0)).toBe(21);
    // Provenance: the index counts objects per part, the line is that of the object element.
    expect(records[0]).toMatchObject({ index: 1, line: 25 });
    expect(records[10_000]).toMatchObject({
      index: 1,
      file: '0221PND15092020.zip!0221PND15092020-000002.xml',
    });
  });

  it.each([
    ['0221LIG15092020-000001.xml', 'LIG', 2, 2],
    ['0221NUM15092020-000001.xml', 'NUM', 15, 9],
    ['0221OPR15092020-000001.xml', 'OPR', 201, 198],
    ['0221PND15092020-000001.xml', 'PND', 6, 2],
    ['0221STA15092020-000001.xml', 'STA', 2, 2],
    ['0221VBO15092020-000001.xml', 'VBO', 5, 2],
    ['0221WPL15092020-000001.xml', 'WPL', 1, 1],
  ])('reads %s: %s, %i voorkomens of %i objects', async (name, type, count, distinct) => {
    const { records, quarantine, warnings } = await collect(readBag(file(name)));
    expect(quarantine).toEqual([]);
    expect(warnings).toEqual([]);
    expect(records).toHaveLength(count);
    expect(new Set(records.map((r) => r.values[0])).size).toBe(distinct);
    expect(records.every((r) => r.objectType === type && r.file === name)).toBe(true);
  });

  it('gives pand 0221100000312938 its history and its geometry as EWKT with the SRID and Z', async () => {
    const { records } = await collect(readBag(file('0221PND15092020-000001.xml')));
    const first = recordObject(records[0]!);
    expect(first).toMatchObject({
      identificatie: '0221100000312938',
      voorkomenidentificatie: '1',
      beginGeldigheid: '1995-01-18',
      eindGeldigheid: '2011-06-30',
      tijdstipRegistratie: '2010-12-15T11:10:40.000',
      eindRegistratie: '2011-08-01T14:14:05.000',
      tijdstipRegistratieLV: '2010-12-15T11:31:18.501',
      tijdstipEindRegistratieLV: '2011-08-01T14:31:40.506',
      status: 'Pand in gebruik',
      geconstateerd: 'N',
      documentdatum: '1995-01-18',
      documentnummer: '94090',
      oorspronkelijkBouwjaar: '9999',
      overigeGegevens: null,
    });
    expect(first.geometrie).toBe(
      'SRID=28992;POLYGON Z ((206341.621 447531.645 0.0, 206354.422 447533.177 0.0, 206350.966 447538.458 0.0, ' +
        '206339.661 447537.407 0.0, 206336.403 447537.104 0.0, 206332.912 447536.779 0.0, 206329.214 447536.435 0.0, ' +
        '206329.299 447527.655 0.0, 206329.295 447527.574 0.0, 206334.024 447527.281 0.0, 206334.008 447526.802 0.0, ' +
        '206341.716 447527.059 0.0, 206341.722 447526.96 0.0, 206341.621 447531.645 0.0))',
    );
    expect(records.map((r) => recordObject(r).voorkomenidentificatie).slice(0, 4)).toEqual([
      '1',
      '2',
      '3',
      '4',
    ]);
    expect(records[0]).toMatchObject({ line: 36, index: 1 });
  });

  it('reads verblijfsobjecten: a point, and multi-valued references joined with |', async () => {
    const { records } = await collect(readBag(file('0221VBO15092020-000001.xml')));
    const first = recordObject(records[0]!);
    expect(first).toMatchObject({
      identificatie: '0221010000330226',
      gebruiksdoel: 'woonfunctie',
      oppervlakte: '306',
      heeftAlsHoofdadres: '0221200000330227',
      heeftAlsNevenadres: null,
      maaktDeelUitVan: '0221100000312938',
      geometrie: 'SRID=28992;POINT Z (206335.699 447529.842 0.0)',
    });
    const withNeven = records.map(recordObject).find((r) => r.identificatie === '0221010000330999');
    expect(withNeven?.heeftAlsNevenadres).toBe('0221200000330998|0221200000330999');
  });

  it('reads nummeraanduidingen, openbare ruimten (verkorte naam) and the woonplaats', async () => {
    const num = (await collect(readBag(file('0221NUM15092020-000001.xml')))).records.map(recordObject);
    expect(num[0]).toMatchObject({
      identificatie: '0221200000330151',
      huisnummer: '2',
      postcode: '6982CZ',
      typeAdresseerbaarObject: 'Ligplaats',
      ligtAan: '0221300000311239',
    });
    expect(num.filter((n) => n.huisletter !== null)).toHaveLength(10);
    expect(num.filter((n) => n.ligtIn !== null)).toHaveLength(1);
    const opr = (await collect(readBag(file('0221OPR15092020-000001.xml')))).records.map(recordObject);
    expect(opr.find((o) => o.verkorteNaam === 'Sbn Doormansingel')).toMatchObject({
      type: 'Weg',
      ligtIn: '2142',
    });
    expect(opr.filter((o) => o.verkorteNaam !== null)).toHaveLength(12);
    const [wpl] = (await collect(readBag(file('0221WPL15092020-000001.xml')))).records.map(recordObject);
    expect(wpl).toMatchObject({ identificatie: '2142', naam: 'Doesburg' });
    expect(wpl?.geometrie).toMatch(/^SRID=28992;POLYGON \(\(204670\.209 445500\.0, /);
    expect(wpl?.geometrie?.split(',')).toHaveLength(753);
  });

  it('reads the whole directory: every type, the zip instead of the part unzipped next to it', async () => {
    const { records, quarantine, warnings } = await collect(readBag(DOESBURG_DIR));
    expect(quarantine).toEqual([]);
    const perType: Record<string, number> = {};
    for (const r of records) perType[r.objectType] = (perType[r.objectType] ?? 0) + 1;
    expect(perType).toEqual({ LIG: 2, NUM: 15, OPR: 201, PND: 13_098, STA: 2, VBO: 5, WPL: 1 });
    expect(warnings.map((w) => w.diagnostic.code)).toEqual(['GGM-I709']);
    expect(warnings[0]!.diagnostic.message).toContain(
      '0221PND15092020-000001.xml: the same part is read from 0221PND15092020.zip',
    );
  });

  it('passes over other object types when asked for some', async () => {
    const { records } = await collect(readBag(DOESBURG_DIR, { objectTypes: ['VBO', 'WPL'] }));
    expect(records.map((r) => r.objectType).sort()).toEqual(['VBO', 'VBO', 'VBO', 'VBO', 'VBO', 'WPL']);
  });
});
