import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runProject } from '../../../pipeline/run-project.js';
import { hasReleases, releasePath } from '../../../../test/helpers/releases.js';
import { ref301, ref305, ref307, REF } from '../generator/reference-chain.js';
import type { IstandaardMessage, Message305, Message307 } from '../message-types.js';
import { writeMessage } from '../message-writer.js';
import { plain, withEngine, WAREHOUSE_TARGETS, sociaalProjectOn } from './lakehouse-test-support.js';

/**
 * StatusAanlevering 3 on Levering (examples/sociaal/mappings/levering.yaml): a 305 line with status 3
 * deletes the interval, a 307 line with status 3 removes the stop, and a line sent again with status 1
 * (OP033) restores it. Which line counts is decided by Dagtekening, never by the order of loading
 * (OP080): the messages are loaded one run each, in data order and in reverse, with the same result.
 */
function header<M extends Message305 | Message307>(m: M, id: string, dagtekening: string): M {
  m.Header.BerichtIdentificatie = { Identificatie: id, Dagtekening: dagtekening };
  return m;
}

/** 301 with t1–t3; starts of t1–t3 (03-12); stop of t2 (06-03). */
const ORIGINALS: [string, IstandaardMessage][] = [
  ['a-301.xml', ref301()],
  ['b-305-start.xml', ref305()],
  ['c-307-stop.xml', ref307()],
];

/** t3's start deleted (03-20); t2's stop deleted (06-10). */
function deletions(): [string, IstandaardMessage][] {
  const start = header(ref305(), 'REF305D', '2025-03-20');
  start.Client.StartProducten.StartProduct = start.Client.StartProducten.StartProduct.filter(
    (p) => p.ToewijzingNummer === REF.t3,
  ).map((p) => ({ ...p, StatusAanlevering: '3' }));
  const stop = header(ref307(), 'REF307D', '2025-06-10');
  stop.Client.StopProducten.StopProduct = stop.Client.StopProducten.StopProduct.map((p) => ({
    ...p,
    StatusAanlevering: '3',
  }));
  return [
    ['d-305-delete.xml', start],
    ['e-307-delete.xml', stop],
  ];
}

/** OP033: t3's start sent again (03-25); t2 stopped again, a fortnight later (06-15). */
function resent(): [string, IstandaardMessage][] {
  const start = header(ref305(), 'REF305R', '2025-03-25');
  start.Client.StartProducten.StartProduct = start.Client.StartProducten.StartProduct.filter(
    (p) => p.ToewijzingNummer === REF.t3,
  );
  const stop = header(ref307(), 'REF307R', '2025-06-15');
  stop.Client.StopProducten.StopProduct = stop.Client.StopProducten.StopProduct.map((p) => ({
    ...p,
    Einddatum: '2025-06-14',
  }));
  return [
    ['f-305-again.xml', start],
    ['g-307-again.xml', stop],
  ];
}

const LEVERING = `SELECT l.datum_start, l.datum_stop, l.stopreden, t.toewijzingnummer
  FROM silver.levering l LEFT JOIN silver.toewijzing t ON t.toewijzing_id = l.geleverde_zorg_toewijzing_id
  ORDER BY t.toewijzingnummer`;

const interval = (nummer: number, stop: string | null = null, reden: string | null = null) => ({
  datum_start: '2025-03-10',
  datum_stop: stop,
  stopreden: reden,
  toewijzingnummer: nummer,
});

/** After the deletions: t3 is gone and t2 has no stop. */
const AFTER_DELETIONS = [interval(REF.t1), interval(REF.t2)];
/** After the re-sent lines: t3 is back and t2 stops on 06-14. */
const AFTER_RESENT = [interval(REF.t1), interval(REF.t2, '2025-06-14', '19'), interval(REF.t3)];

describe.skipIf(!hasReleases()).each(WAREHOUSE_TARGETS)(
  'Levering with StatusAanlevering 3 on $name',
  (target) => {
    const model = releasePath('v2.5.1');
    const cleanup: (() => Promise<void>)[] = [];
    afterAll(async () => {
      for (const c of cleanup) await c();
    });

    /** A project that loads the messages one run each, in the order given; the Levering state after each run. */
    async function loadInOrder(messages: [string, IstandaardMessage][]) {
      const p = await sociaalProjectOn(target, 'ggm_sociaal_delete', cleanup);
      const states: Record<string, unknown>[][] = [];
      const rows: number[] = [];
      for (const [file, message] of messages) {
        await writeFile(join(p.messages, file), writeMessage(message));
        const run = await runProject(p.dir, { model });
        expect(run.outcomes.filter((o) => o.status !== 'succeeded')).toEqual([]);
        rows.push(run.outcomes.find((o) => o.step.id === 'build:istandaarden-levering')?.rows ?? -1);
        states.push(await withEngine(p.dir, p.engine, async (e) => plain(await e.query(LEVERING))));
      }
      const findings = await withEngine(p.dir, p.engine, async (e) =>
        e.query(
          `SELECT kind, column_name, value FROM meta.load_findings WHERE mapping = 'istandaarden-levering'`,
        ),
      );
      return { states, rows, findings, project: p };
    }

    it('deletes a start and a stop loaded after them, and restores them when sent again', async () => {
      const { states, rows, findings } = await loadInOrder([...ORIGINALS, ...deletions(), ...resent()]);
      expect(states[2]).toEqual([interval(REF.t1), interval(REF.t2, '2025-05-31', '19'), interval(REF.t3)]);
      expect(states[3]).toEqual([interval(REF.t1), interval(REF.t2, '2025-05-31', '19')]);
      expect(states[4]).toEqual(AFTER_DELETIONS);
      expect(states[6]).toEqual(AFTER_RESENT);
      // Rows changed, as the pipeline reports them: one staged line that deletes its row counts the same
      // as one staged line that inserts its row (the 305 sent again); without the delete it would be less.
      expect(rows[3]).toBe(rows[5]);
      expect(rows[3]).toBeGreaterThan(rows[0]!);
      // A tombstone is not a value: no findings beyond what the lines themselves are.
      expect(findings).toEqual([]);
    }, 300_000); // seven runs, every run with the example's gold step (over 60 s on 2 busy cores)

    it('lets a deletion loaded before the line it deletes win (OP080)', async () => {
      const backwards = await loadInOrder([...ORIGINALS, ...deletions()].reverse());
      expect(backwards.states.at(-1)).toEqual(AFTER_DELETIONS);
      const all = await loadInOrder([...ORIGINALS, ...deletions(), ...resent()].reverse());
      expect(all.states.at(-1)).toEqual(AFTER_RESENT);
    }, 420_000); // two projects of seven runs each, every run with the example's gold step

    it('changes nothing on a rerun', async () => {
      const { project, states } = await loadInOrder([...ORIGINALS, ...deletions()]);
      const again = await runProject(project.dir, { model });
      expect(again.outcomes.find((o) => o.step.id === 'build:istandaarden-levering')?.rows).toBe(0);
      expect(states.at(-1)).toEqual(AFTER_DELETIONS);
    }, 300_000); // six runs and a rerun, with the gold step
  },
);
