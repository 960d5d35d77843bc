import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generateInvalidCases } from '../generator/invalid-cases.js';
import { parseMessagesFromString } from '../message-reader.js';
import { ref317, ref323, refPrestaties } from '../generator/reference-chain.js';
import { isValid, validateAgainstHistory, validateParsed, validateRecord } from '../validate-message.js';
import { InMemoryMessageHistory } from './message-history.js';
import { isMessageNumber, type MessageNumber } from '../message-catalog.js';
import { getMessageSchema } from '../schema/message-schemas.js';
import type { GroupNode } from '../schema/schema-nodes.js';
import { RULE_IDS, RULES, rulesMarkdown } from './rule-catalog.js';
import { isValidBsn } from './rule-support.js';
import { maxVolume } from './history-rules.js';

const { context, cases } = generateInvalidCases();

function contextHistory(): InMemoryMessageHistory {
  const store = new InMemoryMessageHistory();
  for (const c of context)
    for (const p of parseMessagesFromString(c.content, c.name)) store.add(p.record!, { id: c.name });
  return store;
}

describe('rules, driven by the invalid-case manifest', () => {
  const store = contextHistory();

  it('has an invalid case for every implemented rule, and a rule for every case', () => {
    const covered = new Set(cases.map((c) => c.rule));
    expect(RULES.map((r) => r.id).filter((id) => !covered.has(id) && id !== 'INTERNAL')).toEqual([]);
    expect(cases.map((c) => c.rule).filter((id) => !RULE_IDS.has(id))).toEqual([]);
  });

  it('the valid case: the reference context passes every rule, history included', () => {
    for (const c of context) {
      for (const p of parseMessagesFromString(c.content, c.name)) {
        expect(validateParsed(p), c.name).toEqual([]);
        expect(validateAgainstHistory(p.record!, store, { id: c.name }), c.name).toEqual([]);
      }
    }
  });

  it.each(cases.map((c) => [c.rule, c] as const))(
    'the invalid case for %s produces that finding',
    (_rule, c) => {
      const findings = parseMessagesFromString(c.content, c.file).flatMap((p) => {
        const own = validateParsed(p);
        return c.history && p.record && isValid(own)
          ? own.concat(validateAgainstHistory(p.record, store, { id: c.file }))
          : own;
      });
      const hit = findings.find((f) => f.rule === c.rule);
      expect(hit, `${c.file}: ${JSON.stringify(findings)}`).toBeDefined();
      expect(hit!.path).toMatch(/^\//);
      expect(hit!.message.length).toBeGreaterThan(0);
      if (c.history) expect(hit!.retourCode).not.toBe('0001');
    },
  );
});

describe('rule corrections (issue #10)', () => {
  const store = contextHistory();
  const rules = (findings: readonly { rule: string }[]) => findings.map((f) => f.rule);

  it('TR380 is about a NieuwProduct; a TeWijzigenProduct from before the Dagtekening falls under TR357', () => {
    const m = ref317();
    m.Header.BerichtIdentificatie.Identificatie = 'T357';
    const change = m.Client.Verzoek.TeWijzigenProducten!.TeWijzigenProduct[0]!;
    change.GewensteIngangsdatum = '2025-03-10'; // the toewijzing's own Ingangsdatum, before the Dagtekening
    expect(rules(validateRecord(m))).toEqual([]);
    expect(rules(validateAgainstHistory(m, store, { id: 'T357' }))).toEqual([]);
    change.GewensteIngangsdatum = '2025-04-01';
    expect(rules(validateRecord(m))).toEqual([]);
    expect(rules(validateAgainstHistory(m, store, { id: 'T357' }))).toEqual(['TR357']);
    m.Client.Verzoek.NieuweProducten!.NieuwProduct[0]!.GewensteIngangsdatum = '2025-05-01';
    expect(rules(validateRecord(m))).toEqual(['TR380']);
  });

  it('TR137: an Einddatum before its Begindatum or after the Dagtekening; TR319: no later DeclaratiePeriode', () => {
    const earlier = refPrestaties();
    earlier[0]!.ProductPeriode = { Begindatum: '2025-02-10', Einddatum: '2025-02-20' };
    expect(rules(validateRecord(ref323(earlier)))).toEqual([]);
    const later = refPrestaties();
    later[0]!.ProductPeriode = { Begindatum: '2025-04-01', Einddatum: '2025-04-03' };
    expect(rules(validateRecord(ref323(later)))).toEqual(['TR319']);
    const afterDagtekening = refPrestaties();
    afterDagtekening[0]!.ProductPeriode = { Begindatum: '2025-04-01', Einddatum: '2025-04-20' };
    expect(rules(validateRecord(ref323(afterDagtekening)))).toEqual(['TR137', 'TR319']);
    const reversed = ref323();
    reversed.Declaratie.DeclaratiePeriode.Einddatum = '2025-02-28';
    expect(rules(validateRecord(reversed))).toContain('TR137');
  });

  it('a ReferentieNummer twice breaks TR101 and TR314; TR315 is about VorigReferentieNummer', () => {
    const prestaties = refPrestaties();
    prestaties[1]!.ProductReferentie.ReferentieNummer = prestaties[0]!.ProductReferentie.ReferentieNummer;
    const findings = validateRecord(ref323(prestaties));
    expect(rules(findings)).toEqual(['TR101', 'TR314']);
    expect(findings.find((f) => f.rule === 'TR314')!.retourCode).toBe('8021');
    const credits = refPrestaties();
    for (const p of credits) {
      p.IngediendBedrag.DebetCredit = 'C';
      p.ProductReferentie.VorigReferentieNummer = 'REFP0';
    }
    expect(rules(validateRecord(ref323(credits)))).toEqual(['TR315']);
  });
});

describe('rule audit', () => {
  /** Every element path under Bericht in one message type, both standards. */
  function elementPaths(number: MessageNumber): string[] {
    const out: string[] = [];
    const walk = (group: GroupNode, prefix: string) => {
      for (const d of group.children) {
        out.push(`${prefix}/${d.name}`);
        if (d.node.kind === 'group') walk(d.node, `${prefix}/${d.name}`);
      }
    };
    for (const std of ['iWmo', 'iJw'] as const) walk(getMessageSchema(std, number).root, '/Bericht');
    return out;
  }

  it('records for every rule the 3.2 elements it applies to, and they exist in the schema', () => {
    const missing: string[] = [];
    for (const rule of RULES) {
      expect(rule.appliesTo.length, rule.id).toBeGreaterThan(0);
      expect(rule.history, rule.id).toBe(rule.layer === 'history');
      for (const a of rule.appliesTo) {
        if (a === '*' || a === '* Bericht') continue;
        const [number, path] = a.split(' ') as [MessageNumber, string];
        if (!isMessageNumber(number) || !elementPaths(number).some((p) => p.endsWith(`/${path}`)))
          missing.push(`${rule.id}: ${a}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('docs/istandaarden.md holds the audit table as the catalogue renders it', () => {
    const doc = readFileSync(new URL('../../../../docs/istandaarden.md', import.meta.url), 'utf8');
    const start = doc.indexOf('<!-- rules:start -->');
    const end = doc.indexOf('<!-- rules:end -->');
    expect(start).toBeGreaterThan(0);
    expect(doc.slice(start + '<!-- rules:start -->'.length, end).trim()).toBe(rulesMarkdown());
  });
});

describe('rule helpers', () => {
  it('checks the BSN 11-proef', () => {
    expect(isValidBsn('111222333')).toBe(true);
    expect(isValidBsn('123456782')).toBe(true);
    expect(isValidBsn('123456789')).toBe(false);
    expect(isValidBsn('000000000')).toBe(false);
  });

  it('derives the volume a toewijzing allows per period from the Frequentie', () => {
    expect(maxVolume(3, '2', '2025-03-10', '2025-03-31')).toBe(12);
    expect(maxVolume(30, '1', '2025-03-01', '2025-03-31')).toBe(930);
    expect(maxVolume(8, '4', '2025-03-01', '2025-03-31')).toBe(8);
  });
});
