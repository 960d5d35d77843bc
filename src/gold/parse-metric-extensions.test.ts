import { beforeAll, describe, expect, it } from 'vitest';
import { hasReleases } from '../../test/helpers/releases.js';
import { sociaalContext } from '../../test/helpers/gold-silver.js';
import { getDialect } from '../dialects/dialect-registry.js';
import { compileMetric } from './compile-metric.js';
import { parseMetric } from './parse-metric.js';
import { periodsBetween } from './periods.js';
import { resolveProjectMetrics } from './project-metrics.js';

// The format extensions the standard set needs (docs/gold.md): joins on a condition, a person
// expression, an age band filter, denominator persons, end_exclusive and age, scale 1.

const METRIC = `id: test
title: Test
definition: Test.
population:
  class: Toewijzing
  alias: t
  join:
    a: t.levert voorziening
    x:
      table: sociaal_ext.toewijzing_extensie
      on: x.toewijzing_nummer = to_text(t.toewijzingnummer) and x.aanbieder = a.agbCode
    n: {class: NatuurlijkPersoon, on: n.burgerservicenummer = x.bsn}
  person: x.bsn
  age: {birth: to_date(n.datumGeboorte), band: 12-22}
time: {start: t.datumStartToewijzing, end: t.datumEindeToewijzing}
denominator:
  class: IngeschrevenPersoon
  alias: p
  start: p.datumInschrijvingGemeente
  end: p.datumOpschortingBijhouding
  end_exclusive: true
  age: to_date(p.datumGeboorte)
`;

const codes = (text: string) =>
  parseMetric(text, 'gold/test.yaml').diagnostics.map((d) => `${d.code} ${d.at?.line} ${d.message}`);

describe('metric format extensions', () => {
  it('reads joins on a condition, a person expression, an age band and denominator options', () => {
    const { spec, diagnostics } = parseMetric(METRIC, 'gold/test.yaml');
    expect(diagnostics).toEqual([]);
    const [a, x, n] = spec!.population.joins;
    expect(a!.association).toBe('levert voorziening');
    expect(x!.joinTable?.value).toBe('sociaal_ext.toewijzing_extensie');
    expect(x!.on?.text).toContain('x.aanbieder = a.agbCode');
    expect(n!.joinClass?.value).toBe('NatuurlijkPersoon');
    expect(spec!.population.personValue?.text).toBe('x.bsn');
    expect(spec!.population.age?.band).toEqual({ label: '12-22', from: 12, to: 22 });
    expect(spec!.denominator).toMatchObject({ kind: 'population', endExclusive: true });
    expect(spec!.denominator?.kind === 'population' && spec!.denominator.age?.text).toBe(
      'to_date(p.datumGeboorte)',
    );
  });

  it('reads denominator persons and scale 1, and rejects other scales', () => {
    const persons = METRIC.replace(/denominator:[\s\S]*$/, 'denominator: persons\nscale: 1\n');
    const { spec, diagnostics } = parseMetric(persons, 'gold/test.yaml');
    expect(diagnostics).toEqual([]);
    expect(spec!.denominator).toMatchObject({ kind: 'persons' });
    expect(spec!.scale).toBe(1);
    expect(codes(persons.replace('scale: 1', 'scale: 7'))).toEqual([
      'GGM-K004 17 scale 7 is not 1, 100, 1000 or 10000',
    ]);
  });

  it('reports a join without on, with both class and table, a bad band, an unknown key', () => {
    expect(
      codes(
        METRIC.replace(
          '    n: {class: NatuurlijkPersoon, on: n.burgerservicenummer = x.bsn}',
          '    n: {class: NatuurlijkPersoon}',
        ),
      ),
    ).toEqual(['GGM-K002 12 join n: missing on (the join condition)']);
    expect(
      codes(METRIC.replace('{class: NatuurlijkPersoon,', '{class: NatuurlijkPersoon, table: silver.x,')),
    ).toEqual(['GGM-K002 12 join n: name either a class or a table']);
    expect(codes(METRIC.replace('band: 12-22', 'band: 22-12'))).toEqual([
      'GGM-K004 14 age band 22-12 is empty',
    ]);
    expect(
      codes(
        METRIC.replace('{class: NatuurlijkPersoon,', '{klass: NatuurlijkPersoon, class: NatuurlijkPersoon,'),
      ),
    ).toEqual(['GGM-K003 12 join n: unknown field klass']);
  });

  describe.skipIf(!hasReleases())('against the model', () => {
    let ctx: Awaited<ReturnType<typeof sociaalContext>>;
    beforeAll(async () => {
      ctx = await sociaalContext();
    });

    it('resolves and compiles: the joins on their conditions, the band on facts and denominator', () => {
      const { metrics, diagnostics } = resolveProjectMetrics([{ file: 'gold/test.yaml', text: METRIC }], ctx);
      expect(diagnostics).toEqual([]);
      const { sql } = compileMetric(
        metrics[0]!.resolved!,
        getDialect('duckdb'),
        periodsBetween('2025-01-01', '2025-12-31', ['year']),
      );
      expect(sql).toContain('LEFT JOIN "sociaal_ext"."toewijzing_extensie" "x" ON (');
      expect(sql).toContain('"n"."valid_to" IS NULL');
      expect(sql).toMatch(/f\.ggm_end > p\.peildatum/);
      expect(sql.match(/>= 12 AND .* <= 22/g)?.length).toBe(2);
    });

    it('reports an unknown alias in a join condition and an unknown class with the nearest names', () => {
      const bad = METRIC.replace('x.aanbieder = a.agbCode', 'x.aanbieder = b.agbCode').replace(
        'class: NatuurlijkPersoon,',
        'class: NatuurlijkPersn,',
      );
      const { diagnostics } = resolveProjectMetrics([{ file: 'gold/test.yaml', text: bad }], ctx);
      expect(diagnostics.map((d) => d.code).sort()).toEqual(['GGM-K010', 'GGM-K016']);
    });
  });
});
