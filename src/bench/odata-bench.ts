import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sqlName, sqlTableName } from '../dialects/identifiers.js';
import { DuckDbEngine } from '../engines/duckdb/duckdb-engine.js';
import type { Engine } from '../engines/engine.js';
import { compileGoldQuery } from '../gold/odata/gold-query-sql.js';
import { entitySetOf, type ODataEntitySet } from '../gold/odata/odata-entity.js';
import { entityOf, type EngineValue } from '../gold/odata/odata-json.js';
import { goldTableDdl, WMO_RATE } from '../gold/odata/odata-test-support.js';
import { parseQueryOptions, skipToken } from '../gold/odata/query-options.js';
import { engineGoldSource } from '../server/odata/engine-gold-source.js';
import { odataFeed } from '../server/odata/odata-plugin.js';
import { resultLine, round, time, trackPeakMemory } from './bench-util.js';
import Fastify from 'fastify';

const PAGE = 1000;

/**
 * The feed's read path for one page, as the plugin runs it: options → SQL → rows → Edm JSON; returns
 * the $skiptoken of the next page (the last row's key), undefined after the last page.
 */
async function feedPage(
  engine: Engine,
  set: ODataEntitySet,
  token: string | undefined,
): Promise<string | undefined> {
  const raw = { $filter: "wet ne 'x'", ...(token ? { $skiptoken: token } : {}) };
  const parsed = parseQueryOptions(raw, set);
  if ('problem' in parsed) throw new Error(parsed.problem.message);
  const compiled = compileGoldQuery(set, parsed.query, { dialect: engine.dialect, pageSize: PAGE });
  if ('problem' in compiled) throw new Error(compiled.problem.message);
  const rows = await engine.query(compiled.sql, compiled.params);
  const value = rows
    .slice(0, compiled.take)
    .map((r) => entityOf(r as Record<string, EngineValue>, compiled.columns));
  JSON.stringify({ '@odata.context': 'x', value });
  if (rows.length <= compiled.take) return undefined;
  const last = rows[compiled.take - 1]!;
  return skipToken(compiled.keyset!.map((k) => String(last[k])));
}

/**
 * `npm run bench -- odata [rows]`: pages of 1,000 rows through the OData feed's read path (query
 * options parsed, SQL compiled with a bound $filter, one query per page continuing after the previous
 * page's last key as the nextLink's $skiptoken says, values written as their Edm types, JSON) over a
 * DuckDB gold table of N rows (default 100,000), against the baseline of one ordered SELECT of the
 * same rows streamed in batches of a page and serialised as they come. The headline figure goes
 * through HTTP: the feed plugin on a real port, pages fetched by following @odata.nextLink.
 */
export async function run(args: string[]): Promise<void> {
  const rows = Number(args[0] ?? 100_000);
  const dir = await mkdtemp(join(tmpdir(), 'ggm-bench-odata-'));
  const engine = await DuckDbEngine.open({ path: join(dir, 'w.duckdb') });
  try {
    const set = entitySetOf(WMO_RATE) as ODataEntitySet;
    const table = sqlTableName(engine.dialect, 'gold', WMO_RATE.id);
    await engine.execute('CREATE SCHEMA gold');
    await engine.execute(goldTableDdl(WMO_RATE, table));
    await engine.execute(
      `INSERT INTO ${table}
       SELECT CAST(2000 + i // 1000 AS VARCHAR) || 'Q' || CAST(1 + i % 4 AS VARCHAR), DATE '2025-01-01', DATE '2025-03-31',
              'quarter', CASE WHEN i % 2 = 0 THEN 'Wmo' ELSE 'Jeugdwet' END, 'wijk ' || CAST(i AS VARCHAR),
              i % 50, 1000 + i, (i % 50) * 10.0, i % 50 < 5
       FROM range(0, ${rows}) AS r(i)`,
    );
    const pages = Math.ceil(rows / PAGE);
    const orderBy = set.key.map((k) => sqlName(engine.dialect, k)).join(', ');
    // baseline: one ordered SELECT of the same rows, streamed in batches of a page, serialised as they come
    const direct = async () => {
      let n = 0;
      for await (const batch of engine.stream(
        `SELECT * FROM ${table} WHERE wet <> 'x' ORDER BY ${orderBy}`,
        [],
        PAGE,
      )) {
        JSON.stringify({ value: batch });
        n++;
      }
      if (n !== pages) throw new Error(`direct read gave ${n} pages, expected ${pages}`);
    };
    const feed = async () => {
      let n = 0;
      let token: string | undefined;
      do {
        token = await feedPage(engine, set, token);
        n++;
      } while (token);
      if (n !== pages) throw new Error(`feed gave ${n} pages, expected ${pages}`);
    };
    // for comparison: the same pages by growing $skip (what a client ordering by a column gets)
    const bySkip = async () => {
      for (let p = 0; p < pages; p++) {
        const parsed = parseQueryOptions(
          { $filter: "wet ne 'x'", $orderby: 'periode', $skip: String(p * PAGE) },
          set,
        );
        if ('problem' in parsed) throw new Error(parsed.problem.message);
        const compiled = compileGoldQuery(set, parsed.query, { dialect: engine.dialect, pageSize: PAGE });
        if ('problem' in compiled) throw new Error(compiled.problem.message);
        const page = await engine.query(compiled.sql, compiled.params);
        JSON.stringify({
          value: page
            .slice(0, compiled.take)
            .map((r) => entityOf(r as Record<string, EngineValue>, compiled.columns)),
        });
      }
    };
    // through HTTP: the feed plugin on a real port, following @odata.nextLink as Power BI does
    const app = Fastify();
    await app.register(odataFeed, {
      prefix: '/odata',
      source: engineGoldSource({ engine, metrics: [WMO_RATE] }),
      pageSize: PAGE,
    });
    const address = await app.listen({ host: '127.0.0.1', port: 0 });
    const overHttp = async () => {
      let url: string | undefined =
        `${address}/odata/bench/${WMO_RATE.id}?$filter=${encodeURIComponent("wet ne 'x'")}`;
      let n = 0;
      while (url) {
        const body = (await (await fetch(url)).json()) as { '@odata.nextLink'?: string };
        url = body['@odata.nextLink'];
        n++;
      }
      if (n !== pages) throw new Error(`HTTP feed gave ${n} pages, expected ${pages}`);
    };
    const memory = trackPeakMemory();
    const baseline = await time(direct, 3);
    const ours = await time(feed, 3);
    const http = await time(overHttp, 3);
    await app.close();
    const skipped = await time(bySkip, 1, 0);
    const peak = memory.stop();
    const perSecond = (ms: number) => (pages / ms) * 1000;
    console.log(
      `direct SELECT pages   ${round(baseline.ms, 1)} ms  ${round(perSecond(baseline.ms), 1)} pages/s (baseline)`,
    );
    console.log(`OData read path       ${round(ours.ms, 1)} ms  ${round(perSecond(ours.ms), 1)} pages/s`);
    console.log(`OData over HTTP       ${round(http.ms, 1)} ms  ${round(perSecond(http.ms), 1)} pages/s`);
    console.log(
      `OData, $skip paging   ${round(skipped.ms, 1)} ms  ${round(perSecond(skipped.ms), 1)} pages/s`,
    );
    console.log(
      resultLine(
        'odata',
        'http_pages_per_s',
        perSecond(http.ms),
        perSecond(baseline.ms),
        {
          rows,
          page_rows: PAGE,
          read_path_pages_per_s: round(perSecond(ours.ms)),
          skip_paging_pages_per_s: round(perSecond(skipped.ms)),
          peak_rss_mb: round(peak / 1024 / 1024, 1),
        },
        'higher-is-better',
      ),
    );
  } finally {
    await engine.close();
    await rm(dir, { recursive: true, force: true });
  }
}
