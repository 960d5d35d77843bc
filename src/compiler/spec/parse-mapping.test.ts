import { describe, expect, it } from 'vitest';
import { parseMapping } from './parse-mapping.js';

const VALID = `target: Pand
sources:
  - table: bag_panden
    alias: p
key: [p.pand_id]
attributes:
  identificatie: p.pand_id
  status:
    value: p.status
    values: { '1': Pand in gebruik }
`;

describe('parseMapping', () => {
  it('reads a mapping with its defaults', () => {
    const { spec, diagnostics } = parseMapping(VALID, 'mappings/pand.yaml');
    expect(diagnostics).toEqual([]);
    expect(spec).toMatchObject({
      name: 'pand',
      target: { value: 'Pand', at: { file: 'mappings/pand.yaml', line: 1, col: 9 } },
      history: { mode: 'snapshot', closeMissing: false },
      sources: [{ alias: 'p', table: { value: 'bag_panden' } }],
      attributes: [
        { name: { value: 'identificatie' }, value: { text: 'p.pand_id', at: { line: 7, col: 18 } } },
        { name: { value: 'status' }, values: [{ code: '1', literal: { value: 'Pand in gebruik' } }] },
      ],
    });
  });

  it('reports unknown fields with the nearest known one', () => {
    const { diagnostics } = parseMapping(VALID.replace('attributes:', 'atributes:'), 'm.yaml');
    expect(diagnostics).toContainEqual({
      code: 'GGM-S503',
      severity: 'error',
      message: 'mapping: unknown field atributes',
      at: { file: 'm.yaml', line: 6, col: 1 },
      hint: 'did you mean attributes?',
    });
  });

  it('points at the exact column of an expression error', () => {
    const text = VALID.replace('identificatie: p.pand_id', 'identificatie: upper(p.pand_id');
    const { diagnostics } = parseMapping(text, 'm.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({ code: 'GGM-S505', at: { file: 'm.yaml', line: 7, col: 33 } }),
    ]);
    const quoted = parseMapping(
      VALID.replace('identificatie: p.pand_id', `identificatie: "trim(p.pand_id) ||"`),
      'm.yaml',
    );
    expect(quoted.diagnostics[0]).toMatchObject({ code: 'GGM-S505', at: { line: 7, col: 37 } });
  });

  it('reports unknown functions and wrong argument counts', () => {
    const text = VALID.replace(
      'identificatie: p.pand_id',
      'identificatie: concat(uper(p.pand_id), substring(p.x))',
    );
    const { diagnostics } = parseMapping(text, 'm.yaml');
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'GGM-S506',
        at: { file: 'm.yaml', line: 7, col: 25 },
        hint: 'did you mean upper?',
      }),
      expect.objectContaining({
        code: 'GGM-S507',
        message: 'attribute identificatie: substring takes 2 to 3 arguments, not 1',
      }),
    ]);
  });

  it('checks history, sources and joins', () => {
    const text = `target: Pand
history: { mode: scd2 }
sources:
  - table: a
  - table: b
  - table: c
    join: outer
    on: c.id = a.id
key: a.id
`;
    const { diagnostics } = parseMapping(text, 'm.yaml');
    expect(diagnostics.map((d) => [d.code, d.message, d.at?.line])).toEqual([
      ['GGM-S504', 'unknown history mode scd2', 2],
      ['GGM-S502', 'source b needs on: the join condition', 5],
      ['GGM-S504', 'join is inner or left, not outer', 7],
    ]);
    const events = parseMapping(
      'target: Pand\nhistory: { mode: events, close_missing: true }\nsources: [a]\nkey: a.id\n',
      'm.yaml',
    );
    expect(events.diagnostics.map((d) => d.message)).toEqual([
      'close_missing only applies to history mode snapshot',
    ]);
  });

  it('reports missing fields and YAML errors without throwing', () => {
    expect(parseMapping('sources: []\n', 'm.yaml').diagnostics.map((d) => d.code)).toEqual([
      'GGM-S502',
      'GGM-S502',
      'GGM-S504',
    ]);
    const broken = parseMapping('target: [Pand\n', 'm.yaml');
    expect(broken.spec).toBeUndefined();
    expect(broken.diagnostics[0]).toMatchObject({ code: 'GGM-S501', at: { file: 'm.yaml', line: 2 } });
    expect(parseMapping('- a\n- b\n', 'm.yaml').diagnostics[0]).toMatchObject({ code: 'GGM-S504' });
  });

  it('reads raw SQL per engine and associations', () => {
    const text = `${VALID}  naam:
    sql: { duckdb: "p.naam", postgres: "initcap(p.naam)" }
associations:
  hoort bij: p.vbo_id
  ligt in: { to: Buurt, key: [p.buurt] }
`;
    const { spec, diagnostics } = parseMapping(text, 'm.yaml');
    expect(diagnostics).toEqual([]);
    expect(spec!.attributes[2]!.value.expr).toEqual({
      kind: 'raw',
      sql: { duckdb: 'p.naam', postgres: 'initcap(p.naam)' },
      at: 0,
    });
    expect(spec!.associations.map((a) => [a.name.value, a.to?.value, a.key.length])).toEqual([
      ['hoort bij', undefined, 1],
      ['ligt in', 'Buurt', 1],
    ]);
  });
});
