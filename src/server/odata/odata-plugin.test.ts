import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlTableName } from '../../dialects/identifiers.js';
import type { Engine } from '../../engines/engine.js';
import { TEST_ENGINES } from '../../engines/testing/test-engines.js';
import { goldTableDdl, JEUGD_COSTS, wmoRows, WMO_RATE } from '../../gold/odata/odata-test-support.js';
import { GoldFeedDenied } from './gold-feed-source.js';
import { engineGoldSource } from './engine-gold-source.js';
import { odataFeed } from './odata-plugin.js';

/**
 * The feed on a real fastify (port 0) over real gold tables in DuckDB and PostgreSQL: what Power BI
 * and Excel request (service root, $metadata, the set with $select/$top/$skip, then nextLink), each
 * query option, and hostile input answered with 400 OData errors, never 5xx.
 */

const ALL_ROWS = wmoRows();

async function seed(engine: Engine): Promise<void> {
  await engine.execute('CREATE SCHEMA IF NOT EXISTS gold');
  for (const metric of [WMO_RATE, JEUGD_COSTS])
    await engine.execute(goldTableDdl(metric, sqlTableName(engine.dialect, 'gold', metric.id)));
  const table = sqlTableName(engine.dialect, 'gold', WMO_RATE.id);
  const width = ALL_ROWS[0]!.length;
  const placeholders = ALL_ROWS.map(
    (_, r) =>
      `(${Array.from({ length: width }, (_, c) => {
        const p = `$${r * width + c + 1}`;
        return c === 1 || c === 2 ? `CAST(${p} AS DATE)` : p;
      }).join(', ')})`,
  ).join(', ');
  await engine.execute(`INSERT INTO ${table} VALUES ${placeholders}`, ALL_ROWS.flat());
}

for (const testEngine of TEST_ENGINES) {
  describe(`OData feed of gold on ${testEngine.name}`, () => {
    let app: FastifyInstance;
    let base: string;
    let close: () => Promise<void>;
    let opened: Awaited<ReturnType<(typeof TEST_ENGINES)[number]['open']>>;

    beforeAll(async () => {
      opened = await testEngine.open('odata_feed');
      close = opened.close;
      await seed(opened.engine);
      app = Fastify();
      const source = engineGoldSource({
        engine: opened.engine,
        metrics: [WMO_RATE, JEUGD_COSTS],
        grants: (request, purpose, id) => {
          if (purpose !== 'beleidsinformatie')
            throw new GoldFeedDenied(403, 'GGM-G003', `doel ${purpose} is niet toegekend`);
          return request.headers['x-role'] !== 'jeugd' || id === JEUGD_COSTS.id;
        },
      });
      await app.register(odataFeed, { prefix: '/api/v1/odata', source, pageSize: 20 });
      const address = await app.listen({ port: 0, host: '127.0.0.1' });
      base = `${address}/api/v1/odata/beleidsinformatie`;
    }, 60_000);

    afterAll(async () => {
      await app?.close();
      await close?.();
    });

    async function get(path: string, headers: Record<string, string> = {}) {
      const response = await fetch(path.startsWith('http') ? path : `${base}${path}`, { headers });
      const text = await response.text();
      const json = response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined;
      return { status: response.status, headers: response.headers, text, json };
    }

    async function expectError(path: string, status: number, code: string) {
      const r = await get(path);
      expect(r.status, `${path}: ${r.text}`).toBe(status);
      expect(r.headers.get('odata-version')).toBe('4.0');
      expect(r.json.error.code).toBe(code);
      expect(typeof r.json.error.message).toBe('string');
      expect(Array.isArray(r.json.error.details)).toBe(true);
      return r.json.error as { code: string; message: string; target?: string };
    }

    it('service root lists the granted sets, with OData-Version 4.0', async () => {
      const r = await get('', { accept: 'application/json;odata.metadata=minimal' });
      expect(r.status).toBe(200);
      expect(r.headers.get('odata-version')).toBe('4.0');
      expect(r.json['@odata.context']).toBe(`${base}/$metadata`);
      expect(r.json.value.map((v: { url: string }) => v.url)).toEqual([
        `${base}/${JEUGD_COSTS.id}`,
        `${base}/${WMO_RATE.id}`,
      ]);
    });

    it('$metadata is CSDL XML of the granted sets only', async () => {
      const r = await get('/$metadata');
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toMatch(/^application\/xml/);
      expect(r.text).toContain('<EntitySet Name="wmo_clienten_per_10000"');
      const jeugd = await get('/$metadata', { 'x-role': 'jeugd' });
      expect(jeugd.text).not.toContain('wmo_clienten_per_10000');
      expect((await get(`/${WMO_RATE.id}`, { 'x-role': 'jeugd' })).status).toBe(404);
    });

    it('a purpose not granted is a 403 OData error', async () => {
      const r = await get(base.replace('beleidsinformatie', 'marketing') + '/$metadata');
      expect(r.status).toBe(403);
      expect(r.json.error.code).toBe('GGM-G003');
    });

    it('pages through the whole set by @odata.nextLink, without gaps or repeats', async () => {
      let url: string | undefined = `${base}/${WMO_RATE.id}`;
      const seen: string[] = [];
      let pages = 0;
      while (url) {
        const r = await get(url);
        expect(r.status).toBe(200);
        expect(r.json['@odata.context']).toBe(`${base}/$metadata#${WMO_RATE.id}`);
        expect(r.json.value.length).toBeLessThanOrEqual(20);
        for (const e of r.json.value) seen.push(`${e.periode}|${e.wet}|${e.wijk}`);
        url = r.json['@odata.nextLink'];
        pages++;
      }
      expect(pages).toBe(Math.ceil(ALL_ROWS.length / 20));
      expect(new Set(seen).size).toBe(ALL_ROWS.length);
      // (order itself follows the engine's collation; what matters is no gap and no repeat)
    });

    it('pages by $skip when the client orders, keeping $filter and $select', async () => {
      let url: string | undefined =
        `${base}/${WMO_RATE.id}?$select=wijk,waarde&$filter=${encodeURIComponent("wet ne 'Wmo'")}&$orderby=waarde desc&$count=true`;
      const seen: unknown[] = [];
      const expected = ALL_ROWS.filter((row) => row[4] !== 'Wmo');
      while (url) {
        const r = await get(url);
        expect(r.status, r.text).toBe(200);
        expect(r.json['@odata.count']).toBe(expected.length);
        seen.push(...r.json.value.map((e: { waarde: number | null }) => e.waarde));
        url = r.json['@odata.nextLink'];
        if (url) expect(url).toMatch(/\$skip=\d+/);
      }
      expect(seen).toHaveLength(expected.length);
      const nonNull = seen.filter((v) => v !== null) as number[];
      expect(nonNull).toEqual([...nonNull].sort((a, b) => b - a));
    });

    it('a page by $skiptoken without key columns selected still continues in key order', async () => {
      let url: string | undefined =
        `${base}/${WMO_RATE.id}?$select=waarde&$filter=${encodeURIComponent("wet eq 'Totaal'")}`;
      let n = 0;
      while (url) {
        const r = await get(url);
        expect(r.status, r.text).toBe(200);
        n += r.json.value.length;
        if (r.json.value.length > 0) expect(Object.keys(r.json.value[0])).toEqual(['waarde']);
        url = r.json['@odata.nextLink'];
      }
      expect(n).toBe(ALL_ROWS.filter((row) => row[4] === 'Totaal').length);
    });

    it('writes values as their Edm types', async () => {
      const r = await get(`/${WMO_RATE.id}?$filter=periode eq '2025Q2' and wet eq 'Wmo' and wijk eq 'Noord'`);
      expect(r.json.value).toHaveLength(1);
      const e = r.json.value[0];
      expect(e).toMatchObject({
        periode: '2025Q2',
        periode_start: '2025-04-01',
        periode_eind: '2025-06-30',
        grain: 'quarter',
      });
      expect(typeof e.onderdrukt).toBe('boolean');
      if (!e.onderdrukt) {
        expect(typeof e.teller).toBe('number');
        expect(typeof e.waarde).toBe('number');
      }
    });

    it('$select, $orderby, $top, $skip and $count=true together', async () => {
      const r = await get(
        `/${WMO_RATE.id}?$select=wijk,waarde&$filter=onderdrukt eq false and wet eq 'Totaal'&$orderby=waarde desc&$top=5&$skip=2&$count=true`,
      );
      expect(r.status).toBe(200);
      const expected = ALL_ROWS.filter((row) => row[9] === false && row[4] === 'Totaal');
      expect(r.json['@odata.count']).toBe(expected.length);
      expect(r.json['@odata.context']).toBe(`${base}/$metadata#${WMO_RATE.id}(wijk,waarde)`);
      expect(r.json.value).toHaveLength(5);
      expect(Object.keys(r.json.value[0])).toEqual(['wijk', 'waarde']);
      const values = expected
        .map((row) => row[8] as number)
        .sort((a, b) => b - a)
        .slice(2, 7);
      expect(r.json.value.map((e: { waarde: number }) => e.waarde)).toEqual(values);
      expect(r.json['@odata.nextLink']).toBeUndefined();
    });

    it('nextLink keeps $top: $top=30 with pages of 20 gives 20 then 10', async () => {
      const first = await get(`/${WMO_RATE.id}?$top=30&$select=periode`);
      expect(first.json.value).toHaveLength(20);
      expect(first.json['@odata.nextLink']).toContain('$skiptoken=');
      expect(first.json['@odata.nextLink']).toContain('$top=10');
      const second = await get(first.json['@odata.nextLink']);
      expect(second.json.value).toHaveLength(10);
      expect(second.json['@odata.nextLink']).toBeUndefined();
    });

    it('behind a proxy, links use the public address', async () => {
      const proxied = Fastify();
      await proxied.register(odataFeed, {
        prefix: '/api/v1/odata',
        source: engineGoldSource({ engine: opened.engine, metrics: [WMO_RATE] }),
        pageSize: 5,
        publicUrl: 'https://data.gemeente.nl/',
      });
      const r = await proxied.inject({ url: `/api/v1/odata/p/${WMO_RATE.id}` });
      const body = JSON.parse(r.body);
      expect(body['@odata.context']).toBe(`https://data.gemeente.nl/api/v1/odata/p/$metadata#${WMO_RATE.id}`);
      expect(body['@odata.nextLink']).toMatch(
        /^https:\/\/data\.gemeente\.nl\/api\/v1\/odata\/p\/wmo_clienten_per_10000\?\$skiptoken=/,
      );
      await proxied.close();
    });

    it('Prefer: odata.maxpagesize makes smaller pages', async () => {
      const r = await get(`/${WMO_RATE.id}`, { prefer: 'odata.maxpagesize=7' });
      expect(r.json.value).toHaveLength(7);
      expect(r.headers.get('preference-applied')).toBe('odata.maxpagesize=7');
    });

    it('filters: strings with quotes and wildcards, dates, not, or, contains/startswith/endswith', async () => {
      const count = async (filter: string) => {
        const r = await get(`/${WMO_RATE.id}/$count?$filter=${encodeURIComponent(filter)}`);
        expect(r.status, r.text).toBe(200);
        expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
        return Number(r.text);
      };
      const expectCount = (pred: (row: (string | number | boolean | null)[]) => boolean) =>
        ALL_ROWS.filter(pred).length;
      expect(await count("wijk eq 'O''Brienpark'")).toBe(expectCount((r) => r[5] === "O'Brienpark"));
      expect(await count("startswith(wijk,'100%')")).toBe(expectCount((r) => r[5] === '100%wijk'));
      expect(await count("contains(wijk,'_')")).toBe(expectCount((r) => String(r[5]).includes('_')));
      expect(await count("endswith(wet,'wet')")).toBe(expectCount((r) => String(r[4]).endsWith('wet')));
      expect(await count('periode_start ge 2025-07-01')).toBe(
        expectCount((r) => String(r[1]) >= '2025-07-01'),
      );
      expect(await count("not (wet eq 'Wmo' or wet eq 'Jeugdwet')")).toBe(
        expectCount((r) => r[4] === 'Totaal'),
      );
      expect(await count('teller eq null')).toBe(expectCount((r) => r[6] === null));
      expect(await count('onderdrukt')).toBe(expectCount((r) => r[9] === true));
      expect(await count('waarde gt 100.5 and teller lt noemer')).toBe(
        expectCount((r) => r[8] !== null && (r[8] as number) > 100.5 && (r[6] as number) < (r[7] as number)),
      );
      expect(await count("wijk eq 'x'' OR ''1''=''1'")).toBe(0);
    });

    it('an empty set (no rows yet) answers with an empty value', async () => {
      const r = await get(`/${JEUGD_COSTS.id}?$count=true`);
      expect(r.status).toBe(200);
      expect(r.json).toMatchObject({ '@odata.count': 0, value: [] });
    });

    it.each([
      [`/wmo_clienten_per_1000`, 404, 'GGM-O030'],
      [`/${WMO_RATE.id}?$select=wiijk`, 400, 'GGM-O010'],
      [`/${WMO_RATE.id}?$select=periode;DROP TABLE gold.x`, 400, 'GGM-O011'],
      [`/${WMO_RATE.id}?$orderby=waarde;DELETE FROM gold.x`, 400, 'GGM-O012'],
      [`/${WMO_RATE.id}?$orderby=(select 1)`, 400, 'GGM-O012'],
      [`/${WMO_RATE.id}?$filter=${encodeURIComponent("wet eq 'a'; DROP TABLE x; --")}`, 400, 'GGM-O020'],
      [
        `/${WMO_RATE.id}?$filter=${encodeURIComponent('('.repeat(200) + 'teller eq 1' + ')'.repeat(200))}`,
        400,
        'GGM-O021',
      ],
      [`/${WMO_RATE.id}?$filter=${encodeURIComponent("wet eq '" + 'x'.repeat(9000) + "'")}`, 400, 'GGM-O021'],
      [`/${WMO_RATE.id}?$filter=tellr gt 1`, 400, 'GGM-O010'],
      [`/${WMO_RATE.id}?$filter=teller gt 'veel'`, 400, 'GGM-O022'],
      [`/${WMO_RATE.id}?$filter=periode_start gt 2025-13-01`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}?$filter=teller gt 1e999`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}?$filter=length(wet) gt 1`, 400, 'GGM-O023'],
      [`/${WMO_RATE.id}?$top=99999999999`, 400, 'GGM-O002'],
      [`/${WMO_RATE.id}?$top=-5`, 400, 'GGM-O002'],
      [`/${WMO_RATE.id}?$skip=1.5`, 400, 'GGM-O002'],
      [`/${WMO_RATE.id}?$top=1&$top=2`, 400, 'GGM-O004'],
      [`/${WMO_RATE.id}?$expand=x`, 400, 'GGM-O001'],
      [`/${WMO_RATE.id}?$count=maybe`, 400, 'GGM-O003'],
      [`/${WMO_RATE.id}?$skiptoken=${encodeURIComponent("'; DROP TABLE x")}`, 400, 'GGM-O005'],
      [`/${WMO_RATE.id}/$count?$filter=wet eq`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}/nothing/here`, 404, 'GGM-O030'],
      [`/${WMO_RATE.id}?$filter=${encodeURIComponent("wet eq 'a\u0000b'")}`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}?$filter=${encodeURIComponent("contains(wijk,'\u0000')")}`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}?$filter=wet%20eq%20'%ED%A0%80%FF'`, 400, 'GGM-O020'],
      [`/${WMO_RATE.id}?$orderby=${Array.from({ length: 17 }, () => 'waarde').join(',')}`, 400, 'GGM-O012'],
      [`/${WMO_RATE.id}?$filter=%ZZ`, 400, 'GGM-O020'],
    ])('%s → %i %s', async (path, status, code) => {
      await expectError(path, status, code);
    });

    it('random $filter, $orderby and $select text never gets a 5xx (seeded fuzz)', async () => {
      let seed = 20261207;
      const next = () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return seed / 2 ** 31;
      };
      const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
      const pieces = [
        ...[
          'periode',
          'periode_start',
          'grain',
          'wet',
          'wijk',
          'teller',
          'noemer',
          'waarde',
          'onderdrukt',
          'x',
        ],
        ...[
          'eq',
          'ne',
          'gt',
          'ge',
          'lt',
          'le',
          'and',
          'or',
          'not',
          '(',
          ')',
          ',',
          'contains(',
          'startswith(',
          'null',
        ],
        ...[
          "'Wmo'",
          "'O''B'",
          "'%_\\'",
          '42',
          '-1.5',
          '1e3',
          '2025-04-01',
          'true',
          "'",
          '--',
          ';',
          '\u0000',
          'asc',
          'desc',
        ],
      ];
      const statuses = new Set<number>();
      for (let i = 0; i < 150; i++) {
        const text = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick(pieces)).join(
          pick([' ', '']),
        );
        const option = pick(['$filter', '$filter', '$filter', '$orderby', '$select']);
        const r = await get(`/${WMO_RATE.id}?${option}=${encodeURIComponent(text)}`);
        statuses.add(r.status);
        expect(r.status, `${option}=${text}: ${r.text}`).toBeLessThan(500);
      }
      expect(statuses.has(400)).toBe(true);
    });

    it('did you mean: unknown properties and sets name the nearest', async () => {
      expect((await expectError(`/${WMO_RATE.id}?$select=wiijk`, 400, 'GGM-O010')).message).toContain(
        'did you mean wijk',
      );
      expect((await expectError(`/wmo_clienten_per_1000`, 404, 'GGM-O030')).message).toContain(WMO_RATE.id);
    });
  });
}
