import { describe, expect, it } from 'vitest';
import { getDialect } from '../index.js';
import {
  classifyTypeChange,
  emitMigration,
  planMigration,
  type MigrationPlan,
  type MigrationStep,
} from './index.js';
import {
  bigInteger,
  date,
  enumerated,
  integer,
  smallModel,
  varchar,
  type SmallModel,
} from './testing/small-model.js';

const pand = (attributes: SmallModel['classes'][number]['attributes']) => ({
  id: 'C_PAND',
  name: 'Pand',
  attributes,
});
const STATUS = (literals: [string, string, string?][], id = 'E_STATUS') => ({
  id,
  name: 'statusPand',
  literals,
});
const LITERALS: [string, string, string?][] = [
  ['L1', 'bestaand', '1'],
  ['L2', 'gesloopt', '2'],
];

function migrate(a: SmallModel, b: SmallModel, allowDestructive = false): MigrationPlan {
  return planMigration(smallModel(a), smallModel(b), { allowDestructive });
}

const summary = (steps: MigrationStep[]) =>
  steps.map(
    (s) => `${s.kind} ${s.table}${s.column ? `.${s.column}` : ''}${'newName' in s ? ` → ${s.newName}` : ''}`,
  );

describe('planMigration on small models', () => {
  it('renames a column when its attribute is renamed, and a table when its class is', () => {
    const plan = migrate(
      { version: '1', classes: [pand([['A1', 'Datum Begin Geldigheid', date]])] },
      {
        version: '2',
        classes: [{ id: 'C_PAND', name: 'Gebouw', attributes: [['A1', 'beginGeldigheid', date]] }],
      },
    );
    expect(summary(plan.steps)).toEqual([
      'rename-table pand → gebouw',
      'rename-constraint gebouw',
      'rename-column gebouw.pand_id → gebouw_id',
      'rename-column gebouw.datum_begin_geldigheid → begin_geldigheid',
    ]);
    expect(plan.skipped).toEqual([]);
    const sql = emitMigration(plan, getDialect('postgres')).statements;
    expect(sql).toEqual([
      'ALTER TABLE pand RENAME TO gebouw',
      'ALTER TABLE gebouw RENAME CONSTRAINT pk_pand TO pk_gebouw',
      'ALTER TABLE gebouw RENAME COLUMN pand_id TO gebouw_id',
      'ALTER TABLE gebouw RENAME COLUMN datum_begin_geldigheid TO begin_geldigheid',
    ]);
  });

  it('an attribute renamed to the same physical name needs no step', () => {
    const plan = migrate(
      { version: '1', classes: [pand([['A1', 'Datum Einde', date]])] },
      { version: '2', classes: [pand([['A1', 'datumEinde', date]])] },
    );
    expect(plan.steps).toEqual([]);
  });

  it('widens a type in place and does not count it as destructive', () => {
    const plan = migrate(
      {
        version: '1',
        classes: [
          pand([
            ['A1', 'naam', varchar(80)],
            ['A2', 'aantal', integer],
          ]),
        ],
      },
      {
        version: '2',
        classes: [
          pand([
            ['A1', 'naam', varchar(200)],
            ['A2', 'aantal', bigInteger],
          ]),
        ],
      },
    );
    expect(summary(plan.steps)).toEqual(['alter-column-type pand.naam', 'alter-column-type pand.aantal']);
    expect(plan.steps.every((s) => !s.destructive)).toBe(true);
    expect(emitMigration(plan, getDialect('mysql')).statements).toEqual([
      'ALTER TABLE pand MODIFY COLUMN naam VARCHAR(200)',
      'ALTER TABLE pand MODIFY COLUMN aantal BIGINT',
    ]);
  });

  it('blocks a narrowing type change unless destructive steps are allowed, and lists it', () => {
    const a: SmallModel = { version: '1', classes: [pand([['A1', 'naam', varchar(200)]])] };
    const b: SmallModel = { version: '2', classes: [pand([['A1', 'naam', varchar(20)]])] };
    const plan = migrate(a, b);
    expect(plan.steps).toEqual([]);
    expect(summary(plan.skipped)).toEqual(['alter-column-type pand.naam']);
    expect(plan.diagnostics.map((d) => d.code)).toEqual(['GGM-S301']);
    const sql = emitMigration(plan, getDialect('postgres'));
    expect(sql.statements).toEqual([]);
    expect(sql.script).toContain('-- Skipped destructive steps');
    expect(sql.script).toContain(
      '--   alter-column-type pand.naam: attribute Pand.naam (column naam): narrowing type change',
    );
    const allowed = migrate(a, b, true);
    expect(emitMigration(allowed, getDialect('postgres')).statements).toEqual([
      'ALTER TABLE pand ALTER COLUMN naam TYPE VARCHAR(20) USING naam::VARCHAR(20)',
    ]);
  });

  it('inserts a new literal, updates a renamed one, and follows an enumeration that got a new id', () => {
    const plan = migrate(
      {
        version: '1',
        classes: [pand([['A1', 'status', enumerated('E_STATUS')]])],
        enumerations: [STATUS(LITERALS)],
      },
      {
        version: '2',
        classes: [pand([['A1', 'status', enumerated('E_NEW')]])],
        enumerations: [
          STATUS(
            [
              ['L1', 'Bestaand', '1'],
              ['L2', 'gesloopt', '2'],
              ['L3x', 'verbouwd', '3'],
            ],
            'E_NEW',
          ),
        ],
      },
    );
    expect(summary(plan.steps)).toEqual(['update-row status_pand_enum', 'insert-rows status_pand_enum']);
    expect(emitMigration(plan, getDialect('postgres')).statements).toEqual([
      "UPDATE status_pand_enum SET value = 'Bestaand' WHERE status_pand_enum_id = 1",
      "INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (3, 'verbouwd', '3', NULL)",
    ]);
  });

  it('renumbers a reference table when a literal is inserted in the middle, and remaps stored keys', () => {
    const plan = migrate(
      {
        version: '1',
        classes: [pand([['A1', 'status', enumerated('E_STATUS')]])],
        enumerations: [STATUS(LITERALS)],
      },
      {
        version: '2',
        classes: [pand([['A1', 'status', enumerated('E_STATUS')]])],
        enumerations: [STATUS([LITERALS[0]!, ['L9', 'in aanbouw'], LITERALS[1]!])],
      },
    );
    expect(summary(plan.steps)).toEqual([
      'drop-constraint pand',
      'remap-values status_pand_enum.status_pand_enum_id',
      'insert-rows status_pand_enum',
      'remap-values pand.status_enum_id',
      'add-constraint pand',
    ]);
    expect(emitMigration(plan, getDialect('postgres')).statements.slice(1, 5)).toEqual([
      'UPDATE status_pand_enum SET status_pand_enum_id = -status_pand_enum_id WHERE status_pand_enum_id IN (2)',
      'UPDATE status_pand_enum SET status_pand_enum_id = CASE status_pand_enum_id WHEN -2 THEN 3 END WHERE status_pand_enum_id < 0',
      "INSERT INTO status_pand_enum (status_pand_enum_id, value, code, definition) VALUES (2, 'in aanbouw', NULL, NULL)",
      'UPDATE pand SET status_enum_id = CASE status_enum_id WHEN 2 THEN 3 END WHERE status_enum_id IN (2)',
    ]);
  });

  it('keeps removed literals, columns and tables unless destructive steps are allowed', () => {
    const a: SmallModel = {
      version: '1',
      classes: [
        pand([
          ['A1', 'status', enumerated('E_STATUS')],
          ['A2', 'oud', date],
        ]),
        { id: 'C_OUD', name: 'Oud', attributes: [['A3', 'x', date]] },
      ],
      enumerations: [STATUS(LITERALS)],
    };
    const b: SmallModel = {
      version: '2',
      classes: [pand([['A1', 'status', enumerated('E_STATUS')]])],
      enumerations: [STATUS([LITERALS[0]!])],
    };
    const plan = migrate(a, b);
    expect(plan.steps).toEqual([]);
    expect(summary(plan.skipped)).toEqual([
      'drop-column pand.oud',
      'delete-rows status_pand_enum',
      'drop-table oud',
    ]);
    expect(plan.diagnostics.filter((d) => d.code === 'GGM-S301')).toHaveLength(3);
    const sql = emitMigration(migrate(a, b, true), getDialect('postgres')).statements;
    expect(sql).toEqual([
      'ALTER TABLE pand DROP COLUMN oud',
      'UPDATE pand SET status_enum_id = NULL WHERE status_enum_id IN (2)',
      'DELETE FROM status_pand_enum WHERE status_pand_enum_id IN (2)',
      'DROP TABLE oud',
    ]);
  });

  it('moves a table out of the way when a new class takes its name (disambiguation), by identity not name', () => {
    // v2: a second, more referenced Pand in another domain would win the plain name; here the old
    // class is renamed and a new one named like it appears.
    const plan = migrate(
      { version: '1', classes: [pand([['A1', 'naam', varchar(80)]])] },
      {
        version: '2',
        classes: [
          { id: 'C_PAND', name: 'BagPand', attributes: [['A1', 'naam', varchar(80)]] },
          { id: 'C_NEW', name: 'Pand', attributes: [['A9', 'naam', varchar(80)]], packageId: 'P_SOC' },
        ],
      },
    );
    expect(summary(plan.steps).slice(0, 3)).toEqual([
      'rename-table pand → bag_pand',
      'rename-constraint bag_pand',
      'create-table pand',
    ]);
  });

  it('adds a column for an attribute whose type became an enumeration and keeps the old one', () => {
    const plan = migrate(
      {
        version: '1',
        classes: [pand([['A1', 'opTalud', { kind: 'primitive', primitive: 'boolean' }]])],
        enumerations: [],
      },
      {
        version: '2',
        classes: [pand([['A1', 'opTalud', enumerated('E_BOOL')]])],
        enumerations: [
          {
            id: 'E_BOOL',
            name: 'Boolean',
            literals: [
              ['B1', 'Ja', '1'],
              ['B2', 'Nee', '0'],
            ],
          },
        ],
      },
    );
    expect(summary(plan.steps)).toEqual([
      'create-table boolean_enum',
      'add-column pand.op_talud_enum_id',
      'add-constraint pand',
    ]);
    expect(summary(plan.skipped)).toEqual(['drop-column pand.op_talud']);
  });
});

describe('planMigration with other schema options', () => {
  it('rebuilds a CHECK constraint when an enumeration gains a literal (--enums check)', () => {
    const a = {
      version: '1',
      classes: [pand([['A1', 'status', enumerated('E_STATUS')]])],
      enumerations: [STATUS(LITERALS)],
    };
    const b = { ...a, version: '2', enumerations: [STATUS([...LITERALS, ['L3', 'verbouwd']])] };
    const plan = planMigration(smallModel(a), smallModel(b), { options: { enums: 'check' } });
    // The longest literal is as long as before, so the column keeps its type.
    expect(summary(plan.steps)).toEqual(['drop-constraint pand', 'add-constraint pand']);
    expect(emitMigration(plan, getDialect('postgres')).statements.at(-1)).toBe(
      "ALTER TABLE pand ADD CONSTRAINT ck_pand_status CHECK (status IN ('bestaand', 'gesloopt', 'verbouwd'))",
    );
  });

  it('quotes and folds names in the published naming style', () => {
    const plan = planMigration(
      smallModel({ version: '1', classes: [pand([['A1', 'Datum Einde', date]])] }),
      smallModel({
        version: '2',
        classes: [{ id: 'C_PAND', name: 'Gebouw', attributes: [['A1', 'datum einde 2', date]] }],
      }),
      { options: { naming: 'ggm' } },
    );
    expect(emitMigration(plan, getDialect('postgres')).statements).toEqual([
      'ALTER TABLE PAND RENAME TO GEBOUW',
      'ALTER TABLE GEBOUW RENAME CONSTRAINT PK_PAND TO PK_GEBOUW',
      'ALTER TABLE GEBOUW RENAME COLUMN PAND_ID TO GEBOUW_ID',
      'ALTER TABLE GEBOUW RENAME COLUMN DATUM_EINDE TO DATUM_EINDE_2',
    ]);
  });
});

describe('classifyTypeChange', () => {
  it.each([
    [{ kind: 'varchar', length: 10 }, { kind: 'varchar', length: 20 }, 'widening'],
    [{ kind: 'varchar', length: 20 }, { kind: 'varchar', length: 10 }, 'narrowing'],
    [{ kind: 'varchar', length: 20 }, { kind: 'text' }, 'widening'],
    [{ kind: 'text' }, { kind: 'varchar', length: 255 }, 'narrowing'],
    [{ kind: 'integer' }, { kind: 'bigint' }, 'widening'],
    [{ kind: 'bigint' }, { kind: 'integer' }, 'narrowing'],
    [{ kind: 'integer' }, { kind: 'decimal', precision: 15, scale: 2 }, 'widening'],
    [{ kind: 'decimal', precision: 10, scale: 2 }, { kind: 'decimal', precision: 15, scale: 2 }, 'widening'],
    [{ kind: 'decimal', precision: 10, scale: 2 }, { kind: 'decimal', precision: 10, scale: 4 }, 'narrowing'],
    [{ kind: 'date' }, { kind: 'timestamp' }, 'widening'],
    [{ kind: 'text' }, { kind: 'date' }, 'incompatible'],
    [{ kind: 'boolean' }, { kind: 'integer' }, 'incompatible'],
    [{ kind: 'date' }, { kind: 'date' }, 'same'],
  ] as const)('%j → %j is %s', (a, b, expected) => {
    expect(classifyTypeChange(a, b)).toBe(expected);
  });
});
