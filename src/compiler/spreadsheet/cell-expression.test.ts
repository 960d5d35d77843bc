import { describe, expect, it } from 'vitest';
import { convertCellExpression, convertColumnCell, tableAlias } from './cell-expression.js';
import { formatValues, parseRuleLines, parseValues } from './rule-lines.js';

describe('convertCellExpression', () => {
  it('drops the schema and lower-cases the table of schema.table.column', () => {
    expect(convertCellExpression("sdms.szclient.clientnr || '-SSD'", false)).toEqual({
      ok: true,
      text: "szclient.clientnr || '-SSD'",
      tables: ['szclient'],
      columns: [{ table: 'szclient', column: 'clientnr' }],
    });
    expect(tableAlias('sdms.SZZF')).toBe('szzf');
  });

  it('leaves string literals alone and renames nvl and substr', () => {
    const r = convertCellExpression(
      "nvl(basis.adres.postcode, 'a.b.c') || substr(basis.adres.naam,1,2)",
      false,
    );
    expect(r).toMatchObject({
      ok: true,
      text: "coalesce(adres.postcode, 'a.b.c') || substring(adres.naam,1,2)",
    });
  });

  it('refuses what our language cannot say, with the reason', () => {
    expect(convertCellExpression("add_months(to_date(s.p,'yyyymm'),1)-1", false)).toMatchObject({
      ok: false,
      reason: 'unknown function add_months',
    });
    expect(convertCellExpression('Uitkering', false)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('Uitkering names no table'),
    });
    expect(convertCellExpression('Lookup in enum obv basis.status.omschrijving', false)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('not an expression'),
      tables: ['status'],
    });
  });

  it('reads numbers stored as numbers as literals', () => {
    expect(convertCellExpression('68', true)).toEqual({ ok: true, text: '68', tables: [], columns: [] });
  });
});

describe('convertColumnCell', () => {
  it('accepts one column name of the given table', () => {
    expect(convertColumnCell(' DAT_GEB', 'SDRBH_PERS')).toMatchObject({
      ok: true,
      text: 'sdrbh_pers.DAT_GEB',
    });
    expect(convertColumnCell('COD_REGEL+NUM_UITK', 'x')).toMatchObject({ ok: false });
  });
});

describe('rule lines', () => {
  it('separates rule lines from remarks, with an engine qualifier for sql', () => {
    expect(parseRuleLines('expressie: trim(p.a)\nzie notitie\nsql duckdb: lower(a)')).toEqual({
      rules: [
        { keyword: 'expressie', value: 'trim(p.a)' },
        { keyword: 'sql', qualifier: 'duckdb', value: 'lower(a)' },
      ],
      remarks: ['zie notitie'],
    });
  });

  it('writes and reads code lists', () => {
    const values = [
      { code: '1', literal: 'Pand in gebruik' },
      { code: 'GS', literal: 'Pand gesloopt' },
    ];
    expect(parseValues(formatValues(values))).toEqual(values);
  });
});
