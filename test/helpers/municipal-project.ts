import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { releasePath } from './releases.js';

/**
 * A small municipality of our own: woonplaatsen and straten exported from a source system as
 * `;`-separated Windows-1252 CSV, mapped onto the GGM BAG classes Woonplaats and OpenbareRuimte with
 * snapshot history. `straten` can be made large (several files = several batches) for the crash test.
 */
export interface ProjectOptions {
  engine: string;
  /** Straten per file and number of straten files. */
  straten?: { files: number; perFile: number };
}

const WOONPLAATS_MAPPING = `# Woonplaatsen from the municipal address system; a full snapshot each delivery.
name: woonplaatsen
target: Model BAG/Woonplaats
history:
  mode: snapshot
  close_missing: true
  valid_from: to_timestamp(w.peildatum, 'DD-MM-YYYY')
sources:
  - table: woonplaatsen
    alias: w
key: w.code
attributes:
  identificatie: w.code
  woonplaatsnaam: trim(w.naam)
  status:
    value: upper(trim(w.status))
    values:
      A: woonplaats aangewezen
      I: woonplaats ingetrokken
  beginGeldigheid: to_date(w.ingang, 'DD-MM-YYYY')
`;

const STRATEN_MAPPING = `# Straten (openbare ruimten) with the woonplaats they lie in.
name: straten
target: Model BAG/OpenbareRuimte
history:
  mode: snapshot
  valid_from: to_timestamp(s.peildatum, 'DD-MM-YYYY')
sources:
  - table: straten
    alias: s
key: s.id
attributes:
  identificatie: s.id
  naamOpenbareruimte: s.naam
  straatnaam: upper(s.naam)
  huisnummerrangeEvenEnOnevenNummers: s.range
associations:
  ligt in:
    to: Woonplaats
    key: s.woonplaats
`;

function latin1(lines: string[]): Buffer {
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

export function woonplaatsenCsv(delivery: 1 | 2): Buffer {
  const rows =
    delivery === 1
      ? [
          ['3001', 'Doesburg', 'A', '01-01-1995', '01-03-2024'],
          ['3002', 'Zoëterwoude', 'A', '15-06-2001', '01-03-2024'],
          ['3003', "'s-Heerenberg", 'X', '01-01-2010', '01-03-2024'],
        ]
      : [
          ['3001', 'Doesburg', 'A', '01-01-1995', '01-04-2024'],
          ['3002', 'Zoeterwoude-Rijndijk', 'A', '15-06-2001', '01-04-2024'],
          ['3004', 'Ellecom', 'I', '01-01-2020', '01-04-2024'],
        ];
  return latin1(['code;naam;status;ingang;peildatum', ...rows.map((r) => r.join(';'))]);
}

/** Straten file `n`; file 1 holds one malformed row (a column too many) at line 4. */
export function stratenCsv(n: number, perFile: number): Buffer {
  const lines = ['id;naam;woonplaats;range;peildatum'];
  for (let i = 0; i < perFile; i++) {
    const id = `0221300000${String(n * perFile + i).padStart(6, '0')}`;
    lines.push(
      `${id};Straat ${n}-${i};${3001 + (i % 2)};${i % 7 === 0 ? '' : `${i}-${i + 20}`};0${n}-03-2024`,
    );
    if (n === 1 && i === 1) lines.push('kapot;rij;met;te;veel;kolommen');
  }
  return latin1(lines);
}

export async function writeMunicipalProject(dir: string, options: ProjectOptions): Promise<void> {
  const straten = options.straten ?? { files: 1, perFile: 5 };
  await mkdir(join(dir, 'sources'), { recursive: true });
  await mkdir(join(dir, 'mappings'), { recursive: true });
  await writeFile(
    join(dir, 'ggm.yaml'),
    [
      '# Test municipality: two address exports into the GGM BAG classes.',
      `model: ${JSON.stringify(releasePath('v2.5.1'))}`,
      `engine: ${options.engine}`,
      'domains:',
      '  - 99 Kern',
      'sources:',
      '  - name: woonplaatsen',
      '    format: csv',
      '    path: sources/woonplaatsen-*.csv',
      '  - name: straten',
      '    format: csv',
      '    path: sources/straten-*.csv',
      '',
    ].join('\n'),
  );
  await writeFile(join(dir, 'mappings', 'woonplaats.yaml'), WOONPLAATS_MAPPING);
  await writeFile(join(dir, 'mappings', 'openbare-ruimte.yaml'), STRATEN_MAPPING);
  await writeFile(join(dir, 'sources', 'woonplaatsen-1.csv'), woonplaatsenCsv(1));
  for (let n = 1; n <= straten.files; n++) {
    await writeFile(join(dir, 'sources', `straten-${n}.csv`), stratenCsv(n, straten.perFile));
  }
}
