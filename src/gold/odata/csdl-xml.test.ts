import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SHARED_DIR } from '../../../test/helpers/releases.js';
import { metadataXml, serviceDocument } from './csdl-xml.js';
import { entitySetsOf } from './odata-entity.js';
import { JEUGD_COSTS, WMO_RATE } from './odata-test-support.js';

// The OASIS CSDL schemas, used from their shared place beside the repository (never copied into it).
const EDMX_XSD = join(SHARED_DIR, 'odata-csdl', 'edmx.xsd');

const dir = mkdtempSync(join(tmpdir(), 'odata-csdl-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function xmllint(xml: string): { ok: boolean; output: string } {
  const file = join(dir, `m${Math.random().toString(36).slice(2)}.xml`);
  writeFileSync(file, xml);
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', EDMX_XSD, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('$metadata (CSDL XML)', () => {
  const { sets, diagnostics } = entitySetsOf([WMO_RATE, JEUGD_COSTS]);

  it('validates against the OASIS edmx.xsd/edm.xsd', () => {
    expect(diagnostics).toEqual([]);
    const result = xmllint(metadataXml(sets));
    expect(result.output).toContain('validates');
    expect(result.ok).toBe(true);
  });

  it('the validation can fail: a property without a type is refused', () => {
    const broken = metadataXml(sets).replace('Type="Edm.Date"', 'Typo="Edm.Date"');
    expect(xmllint(broken).ok).toBe(false);
  });

  it('texts with line breaks and control characters still validate', () => {
    const odd = { ...JEUGD_COSTS, definition: 'regel 1\nregel 2\u0001\ttab & <b>' };
    expect(xmllint(metadataXml(entitySetsOf([odd]).sets)).ok).toBe(true);
  });

  it('an empty feed is valid too', () => {
    expect(xmllint(metadataXml([])).ok).toBe(true);
  });

  it('has one entity type per metric, keyed by periode, grain and the dimensions', () => {
    const xml = metadataXml(sets);
    expect(xml).toMatch(
      /<EntityType Name="wmo_clienten_per_10000">\s*<Key>\s*<PropertyRef Name="periode"\/>\s*<PropertyRef Name="grain"\/>\s*<PropertyRef Name="wet"\/>\s*<PropertyRef Name="wijk"\/>/,
    );
    expect(xml).toContain('<Property Name="periode_start" Type="Edm.Date" Nullable="false">');
    expect(xml).toContain('<Property Name="waarde" Type="Edm.Double">');
    expect(xml).toContain('<Property Name="teller" Type="Edm.Decimal" Scale="variable">');
    expect(xml).toContain('<Property Name="onderdrukt" Type="Edm.Boolean" Nullable="false">');
    expect(xml).toContain('<EntitySet Name="jeugdhulp_kosten" EntityType="GGM.Gold.jeugdhulp_kosten">');
  });

  it('declares the filter functions and paging it supports', () => {
    const xml = metadataXml(sets);
    expect(xml).toContain('<Annotation Term="Capabilities.FilterFunctions">');
    expect(xml).toContain('<String>startswith</String>');
    expect(xml).toContain('<Annotation Term="Capabilities.BatchSupported" Bool="false"/>');
  });

  it('carries the Dutch title and definition, escaped', () => {
    const xml = metadataXml(sets);
    expect(xml).toContain(
      'Term="Core.Description" String="Cliënten met een Wmo-maatwerkvoorziening per 10.000 inwoners"',
    );
    expect(xml).toContain('iWmo-berichten &amp; BRP (&quot;&lt;test&gt;&quot;)');
  });

  it('leaves out a metric whose names cannot be OData identifiers, with GGM-O040', () => {
    const bad = { ...WMO_RATE, id: 'wmo-bad' };
    const clash = { ...JEUGD_COSTS, id: 'clash', dimensions: [{ name: 'waarde', title: 'X' }] };
    const r = entitySetsOf([bad, clash, WMO_RATE]);
    expect(r.sets.map((s) => s.name)).toEqual(['wmo_clienten_per_10000']);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['GGM-O040', 'GGM-O040']);
  });

  it('service document lists the sets', () => {
    const doc = serviceDocument(sets, 'http://x/odata');
    expect(doc.value.map((v) => v.url)).toEqual([
      'http://x/odata/jeugdhulp_kosten',
      'http://x/odata/wmo_clienten_per_10000',
    ]);
    expect(doc['@odata.context']).toBe('http://x/odata/$metadata');
  });
});
