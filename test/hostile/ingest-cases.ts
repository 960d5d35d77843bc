import { damagedWorkbook, rawSheetWorkbook, rowXml, sheetAround } from './xlsx-bytes.js';
import { buildWorkbook } from '../../src/xlsx/workbook-writer.js';
import { extractXml, pandXml } from '../../src/ingest/bag/bag-test-support.js';
import { generateCorpus } from '../../src/ingest/istandaarden/generator/corpus-generator.js';

/** One hostile source file and what loading it must give, the same on every engine. */
export interface IngestCase {
  id: string;
  kind: 'csv' | 'ndjson' | 'json' | 'xlsx' | 'bag' | 'istandaarden' | 'path';
  /** File name under sources/ (its extension gives the format); a folder when content is 'folder'. */
  file: string;
  content: Buffer | string | 'folder';
  /** Extra YAML lines for the source (indented under it). */
  settings?: string[];
  expect: {
    status: 'loaded' | 'failed';
    loaded?: number;
    quarantined?: number;
    /** Every quarantine reason (or the failure message) matches. */
    reason?: RegExp;
    /** A warning with this code is reported. */
    warning?: string;
    /** Cells of loaded rows, by column, in `_row_number` order. */
    column?: { name: string; values: (string | null)[] };
  };
}

const b = (...parts: (string | number[])[]): Buffer =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

const cases: IngestCase[] = [];
const add = (c: IngestCase) => cases.push(c);

// ---- CSV: encodings --------------------------------------------------------------------------------
add({
  id: 'csv_mixed_utf8_cp1252',
  kind: 'csv',
  file: 'mixed.csv',
  content: b(
    'id;naam\n1;Ren',
    [0xc3, 0xa9],
    '\n2;Ren',
    [0xe9],
    '\n3;Zo',
    [0xeb],
    '\n4;Jos',
    [0xc3, 0xa9],
    '\n',
  ),
  expect: {
    status: 'loaded',
    loaded: 2,
    quarantined: 2,
    reason: /mixes UTF-8 and Windows-1252/,
    column: { name: 'naam', values: ['René', 'José'] },
  },
});
add({
  id: 'csv_mixed_cp1252_first',
  kind: 'csv',
  file: 'mixed2.csv',
  content: b('id,naam\n1,Caf', [0xe9], '\n2,Caf', [0xc3, 0xa9], '\n'),
  expect: {
    status: 'loaded',
    loaded: 1,
    quarantined: 1,
    reason: /invalid utf-8/,
    column: { name: 'naam', values: ['Café'] },
  },
});
add({
  id: 'csv_cp1252_only',
  kind: 'csv',
  file: 'cp.csv',
  content: b('id,naam\n1,Caf', [0xe9], '\n2,', [0x80], '\n'),
  expect: { status: 'loaded', loaded: 2, quarantined: 0, column: { name: 'naam', values: ['Café', '€'] } },
});
add({
  id: 'csv_utf8_declared_utf16le',
  kind: 'csv',
  file: 'u16.csv',
  content: 'id,naam\n1,a\n2,b\n',
  settings: ['csv:', '  encoding: utf-16le'],
  expect: { status: 'failed', reason: /declared utf-16le, but it is not UTF-16/ },
});
add({
  id: 'csv_utf8_declared_utf16be',
  kind: 'csv',
  file: 'u16be.csv',
  content: 'id,naam\n1,a\n',
  settings: ['csv:', '  encoding: utf-16be'],
  expect: { status: 'failed', reason: /not UTF-16/ },
});
add({
  id: 'csv_utf8_bom_declared_utf16le',
  kind: 'csv',
  file: 'u16bom.csv',
  content: b([0xef, 0xbb, 0xbf], 'id\n1\n'),
  settings: ['csv:', '  encoding: utf-16le'],
  expect: { status: 'failed', reason: /UTF-8 byte order mark/ },
});
add({
  id: 'csv_utf16le_bom_ok',
  kind: 'csv',
  file: 'u16ok.csv',
  content: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,naam\r\n1,Zoë\r\n', 'utf16le')]),
  expect: { status: 'loaded', loaded: 1, quarantined: 0, column: { name: 'naam', values: ['Zoë'] } },
});
add({
  id: 'csv_utf16le_declared_no_bom',
  kind: 'csv',
  file: 'u16nobom.csv',
  content: Buffer.from('id,naam\n1,ö\n', 'utf16le'),
  settings: ['csv:', '  encoding: utf-16le'],
  expect: { status: 'loaded', loaded: 1, column: { name: 'naam', values: ['ö'] } },
});
add({
  id: 'csv_invalid_utf8_declared',
  kind: 'csv',
  file: 'inv.csv',
  content: b('id,naam\n1,ok\n2,', [0xff, 0xfe, 0x41], '\n3,ok\n'),
  settings: ['csv:', '  encoding: utf-8'],
  expect: { status: 'loaded', loaded: 2, quarantined: 1, reason: /invalid utf-8 byte sequence/ },
});
add({
  id: 'csv_truncated_utf8_at_end',
  kind: 'csv',
  file: 'trunc.csv',
  content: b('id,naam\n1,ok\n2,x', [0xe2, 0x82]),
  settings: ['csv:', '  encoding: utf-8'],
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /invalid utf-8/ },
});
add({
  id: 'csv_overlong_utf8',
  kind: 'csv',
  file: 'overlong.csv',
  content: b('id,naam\n1,', [0xc0, 0xaf], '\n2,ok\n'),
  settings: ['csv:', '  encoding: utf-8'],
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /invalid utf-8/ },
});
add({
  id: 'csv_surrogate_utf8',
  kind: 'csv',
  file: 'surrogate.csv',
  content: b('id,naam\n1,', [0xed, 0xa0, 0x80], '\n2,ok\n'),
  settings: ['csv:', '  encoding: utf-8'],
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /invalid utf-8/ },
});

// ---- CSV: NUL, trailing delimiters, structure ---------------------------------------------------------
for (const [id, body, loaded, quarantined, reason] of [
  ['csv_nul_in_field', 'id,naam\n1,a\x00b\n2,ok\n3,ok\n', 2, 1, /NUL/],
  ['csv_nul_only_field', 'id,naam\n1,\x00\n2,ok\n', 1, 1, /NUL/],
  ['csv_nul_in_quoted', 'id,naam\n1,"a\x00"\n2,ok\n', 1, 1, /NUL/],
  ['csv_nul_in_header_row_data', 'id,naam\n\x00,x\n2,ok\n', 1, 1, /NUL/],
  ['csv_trailing_delimiter', 'id,naam\n1,a,\n2,b\n', 1, 1, /expected 2 fields, found 3/],
  ['csv_trailing_delimiter_all', 'id,naam\n1,a,\n2,b,\n', 0, 2, /expected 2 fields, found 3/],
  ['csv_too_few_fields', 'id,naam,x\n1,a\n2,b,c\n', 1, 1, /expected 3 fields, found 2/],
  ['csv_too_many_fields', 'id,naam\n1,a,b,c\n2,b\n', 1, 1, /expected 2 fields, found 4/],
  ['csv_unterminated_quote', 'id,naam\n1,"abc\n2,b\n3,c\n', 2, 1, /unterminated quoted field/],
  ['csv_text_after_quote', 'id,naam\n1,"a"b\n2,c\n', 1, 1, /unexpected text after a closing quote/],
  ['csv_quote_in_unquoted', 'id,naam\n1,a"b\n2,c\n', 2, 0, undefined],
  ['csv_cr_only_lines', 'id,naam\r1,a\r2,b\r', 2, 0, undefined],
  ['csv_crlf', 'id,naam\r\n1,a\r\n2,b\r\n', 2, 0, undefined],
  ['csv_blank_lines', 'id,naam\n\n1,a\n\n\n2,b\n', 2, 0, undefined],
  ['csv_no_final_newline', 'id,naam\n1,a\n2,b', 2, 0, undefined],
  ['csv_quoted_newline', 'id,naam\n1,"a\nb"\n2,c\n', 2, 0, undefined],
  ['csv_single_column', 'id\n1\n2\n3\n', 3, 0, undefined],
  ['csv_delimiter_only_line', 'id,naam\n,\n2,b\n', 2, 0, undefined],
  ['csv_many_bad_few_good', 'id,naam\n1\n2\n3\n4,d\n5\n', 1, 4, /expected 2 fields, found 1/],
  ['csv_only_bad_records', 'id,naam\n1\n2\n', 0, 2, /expected 2 fields/],
  ['csv_escaped_quotes', 'id,naam\n1,"a ""b"" c"\n', 1, 0, undefined],
  ['csv_formula_injection_kept', 'id,naam\n1,=cmd|calc\n2,+1+1\n', 2, 0, undefined],
  ['csv_sql_text_kept', "id,naam\n1,'); DROP TABLE meta.batches; --\n", 1, 0, undefined],
  ['csv_html_kept', 'id,naam\n1,<script>alert(1)</script>\n', 1, 0, undefined],
  ['csv_unicode_names', 'id,naam\n1,日本語 🎉 ‮rtl\n', 1, 0, undefined],
  ['csv_bidi_zero_width', 'id,naam\n1,a\u200bb\ufeffc\n', 1, 0, undefined],
] as [string, string, number, number, RegExp | undefined][]) {
  add({
    id,
    kind: 'csv',
    file: `${id}.csv`,
    content: body,
    expect: { status: 'loaded', loaded, quarantined, ...(reason ? { reason } : {}) },
  });
}
add({
  id: 'csv_semicolon_nul',
  kind: 'csv',
  file: 'semi_nul.csv',
  content: 'id;naam;bedrag\n1;a;12,50\n2;b\x00;3,00\n3;c;1,00\n',
  expect: { status: 'loaded', loaded: 2, quarantined: 1, reason: /NUL/ },
});
add({
  id: 'csv_tab_trailing',
  kind: 'csv',
  file: 'tab_trailing.tsv',
  content: 'id\tnaam\n1\ta\t\n2\tb\n3\tc\n',
  settings: ['format: csv'],
  expect: { status: 'loaded', loaded: 2, quarantined: 1, reason: /expected 2 fields, found 3/ },
});
add({
  id: 'csv_long_field',
  kind: 'csv',
  file: 'long.csv',
  content: `id,naam\n1,${'x'.repeat(100_000)}\n2,b\n`,
  expect: { status: 'loaded', loaded: 2, quarantined: 0 },
});
add({
  id: 'csv_long_bad_record_raw_clipped',
  kind: 'csv',
  file: 'longbad.csv',
  content: `id,naam\n1,${'x'.repeat(20_000)},y\n2,b\n`,
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /expected 2 fields, found 3/ },
});
add({
  id: 'csv_duplicate_header',
  kind: 'csv',
  file: 'dup.csv',
  content: 'id,id,naam\n1,2,a\n',
  expect: { status: 'loaded', loaded: 1, column: { name: 'id_2', values: ['2'] } },
});
add({
  id: 'csv_empty_header_name',
  kind: 'csv',
  file: 'emptyhdr.csv',
  content: ',naam\n1,a\n',
  expect: { status: 'loaded', loaded: 1, column: { name: 'column_1', values: ['1'] } },
});
add({
  id: 'csv_meta_column_name',
  kind: 'csv',
  file: 'metacol.csv',
  content: '_batch_id,naam\nx,a\n',
  expect: { status: 'loaded', loaded: 1, column: { name: '_batch_id_2', values: ['x'] } },
});
add({
  id: 'csv_header_broken_quote',
  kind: 'csv',
  file: 'hdrquote.csv',
  content: '"id,naam\n1,a\n',
  expect: { status: 'failed', reason: /header \(line 1\) cannot be read/ },
});
add({
  id: 'csv_sql_header_names',
  kind: 'csv',
  file: 'sqlhdr.csv',
  content: 'id,"naam"";drop table x;--",select\n1,a,b\n',
  expect: { status: 'loaded', loaded: 1, column: { name: 'select', values: ['b'] } },
});
add({
  id: 'csv_quoted_empty_vs_null',
  kind: 'csv',
  file: 'qempty.csv',
  content: 'id,naam\n1,""\n2,\n',
  expect: { status: 'loaded', loaded: 2, column: { name: 'naam', values: ['', null] } },
});

// ---- empty and header-only files: a warning, never a silent "loaded 0" ------------------------------------
add({
  id: 'csv_empty',
  kind: 'csv',
  file: 'empty.csv',
  content: '',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'csv_header_only',
  kind: 'csv',
  file: 'hdronly.csv',
  content: 'id,naam\n',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'csv_blank_only',
  kind: 'csv',
  file: 'blank.csv',
  content: '\n\n\n',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'csv_bom_only',
  kind: 'csv',
  file: 'bom.csv',
  content: b([0xef, 0xbb, 0xbf]),
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'ndjson_empty',
  kind: 'ndjson',
  file: 'empty.ndjson',
  content: '',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'ndjson_blank_lines',
  kind: 'ndjson',
  file: 'blank.ndjson',
  content: '\n \n\n',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'json_empty_array',
  kind: 'json',
  file: 'empty.json',
  content: '[]',
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'xlsx_header_past_data',
  kind: 'xlsx',
  file: 'hdrpast.xlsx',
  content: buildWorkbook([
    {
      name: 'Blad1',
      rows: [
        ['id', 'naam'],
        [1, 'a'],
        [2, 'b'],
      ],
    },
  ]),
  settings: ['headerRow: 10'],
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});
add({
  id: 'xlsx_empty_sheet',
  kind: 'xlsx',
  file: 'emptysheet.xlsx',
  content: rawSheetWorkbook(''),
  expect: { status: 'loaded', loaded: 0, warning: 'GGM-I005' },
});

// ---- NDJSON ----------------------------------------------------------------------------------------------
for (const [id, body, loaded, quarantined, reason, column] of [
  [
    'ndjson_big_integer',
    '{"id":12345678901234567}\n{"id":9007199254740993}\n',
    2,
    0,
    undefined,
    ['12345678901234567', '9007199254740993'],
  ],
  ['ndjson_huge_exponent', '{"id":1e400}\n{"id":-1e400}\n', 2, 0, undefined, ['1e400', '-1e400']],
  [
    'ndjson_decimal_text',
    '{"id":1.10}\n{"id":0.1000000000000000055511151231257827}\n',
    2,
    0,
    undefined,
    ['1.10', '0.1000000000000000055511151231257827'],
  ],
  ['ndjson_negative_zero', '{"id":-0}\n{"id":1.0}\n', 2, 0, undefined, ['-0', '1.0']],
  ['ndjson_not_json', '{"id":1}\nnot json\n{"id":3}\n', 2, 1, /invalid JSON/, ['1', '3']],
  ['ndjson_array_line', '{"id":1}\n[1,2]\n', 1, 1, /not a JSON object/, ['1']],
  ['ndjson_scalar_line', '{"id":1}\n42\n"x"\nnull\n', 1, 3, /not a JSON object/, ['1']],
  ['ndjson_trailing_comma', '{"id":1,}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_nan', '{"id":NaN}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_single_quotes', '{\'id\':1}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_nul_escape', '{"id":"a\\u0000b"}\n{"id":"ok"}\n', 1, 1, /NUL/, ['ok']],
  [
    'ndjson_deep_nesting',
    `{"id":${'['.repeat(5000)}${']'.repeat(5000)}}\n{"id":2}\n`,
    1,
    1,
    /nested deeper than 256/,
    ['2'],
  ],
  [
    'ndjson_nested_kept_exact',
    '{"id":{"n":12345678901234567,"e":1e400}}\n',
    1,
    0,
    undefined,
    ['{"n":12345678901234567,"e":1e400}'],
  ],
  ['ndjson_proto_key', '{"__proto__":1,"id":"p"}\n', 1, 0, undefined, ['p']],
  ['ndjson_bool_null', '{"id":true}\n{"id":null}\n', 2, 0, undefined, ['true', null]],
  ['ndjson_crlf', '{"id":1}\r\n{"id":2}\r\n', 2, 0, undefined, ['1', '2']],
  ['ndjson_unterminated_string', '{"id":"abc}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_two_objects_one_line', '{"id":1}{"id":2}\n{"id":3}\n', 1, 1, /invalid JSON/, ['3']],
  [
    'ndjson_lone_surrogate_escape',
    '{"id":"\\ud800"}\n{"id":"\\ud83d\\ude00"}\n',
    1,
    1,
    /unpaired surrogate/,
    ['😀'],
  ],
  ['ndjson_lone_low_surrogate', '{"id":"\\udc00x"}\n{"id":"ok"}\n', 1, 1, /unpaired surrogate/, ['ok']],
  ['ndjson_control_char', '{"id":"a\tb"}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_leading_zero', '{"id":01}\n{"id":2}\n', 1, 1, /invalid JSON/, ['2']],
  ['ndjson_duplicate_key', '{"id":1,"id":2}\n', 1, 0, undefined, ['2']],
] as [string, string, number, number, RegExp | undefined, (string | null)[]][]) {
  add({
    id,
    kind: 'ndjson',
    file: `${id}.ndjson`,
    content: body,
    expect: {
      status: 'loaded',
      loaded,
      quarantined,
      ...(reason ? { reason } : {}),
      column: { name: 'id', values: column },
    },
  });
}
add({
  id: 'ndjson_invalid_utf8',
  kind: 'ndjson',
  file: 'inv.ndjson',
  content: b('{"id":"ok"}\n{"id":"', [0xe9], '"}\n'),
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /invalid UTF-8/ },
});

// ---- JSON documents ----------------------------------------------------------------------------------------
for (const [id, body, status, loaded, quarantined, reason, column] of [
  [
    'json_big_integer',
    '[{"id":12345678901234567},{"id":1e400}]',
    'loaded',
    2,
    0,
    undefined,
    ['12345678901234567', '1e400'],
  ],
  ['json_single_object', '{"id":"one"}', 'loaded', 1, 0, undefined, ['one']],
  ['json_non_object_elements', '[{"id":1},2,"x",[3],null]', 'loaded', 1, 4, /not an object/, ['1']],
  ['json_nul_escape', '[{"id":"a\\u0000"},{"id":"b"}]', 'loaded', 1, 1, /NUL/, ['b']],
  ['json_syntax_error', '[{"id":1},', 'failed', 0, 0, /not valid JSON/, undefined],
  [
    'json_deep',
    `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
    'failed',
    0,
    0,
    /nested deeper than 256/,
    undefined,
  ],
  [
    'json_deep_object',
    `[{"id":${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}}]`,
    'failed',
    0,
    0,
    /nested deeper than 256/,
    undefined,
  ],
  ['json_trailing_garbage', '[{"id":1}] x', 'failed', 0, 0, /unexpected text after/, undefined],
  ['json_scalar_document', '42', 'loaded', 0, 1, /not an object/, undefined],
  ['json_bom', '\ufeff[{"id":"b"}]', 'loaded', 1, 0, undefined, ['b']],
] as [
  string,
  string,
  'loaded' | 'failed',
  number,
  number,
  RegExp | undefined,
  (string | null)[] | undefined,
][]) {
  add({
    id,
    kind: 'json',
    file: `${id}.json`,
    content: body,
    expect: {
      status,
      ...(status === 'loaded' ? { loaded, quarantined } : {}),
      ...(reason ? { reason } : {}),
      ...(column ? { column: { name: 'id', values: column } } : {}),
    },
  });
}
add({
  id: 'json_invalid_utf8',
  kind: 'json',
  file: 'inv.json',
  content: b('[{"id":"', [0xe9], '"}]'),
  expect: { status: 'failed', reason: /not valid UTF-8/ },
});

// ---- xlsx -----------------------------------------------------------------------------------------------
for (const [id, middle, quarantined, reason] of [
  [
    'xlsx_cell_past_xfd',
    '<row r="3"><c r="ZZZZ3"><v>1</v></c></row>',
    1,
    /invalid cell reference "ZZZZ3"|past Excel's last column/,
  ],
  ['xlsx_cell_xfe', '<row r="3"><c r="XFE3"><v>1</v></c></row>', 1, /past Excel's last column XFD/],
  ['xlsx_cell_xfd_sparse', '<row r="3"><c r="XFD3"><v>1</v></c></row>', 1, /at most 1000 columns/],
  ['xlsx_cell_far_right', '<row r="3"><c r="ALM3"><v>1</v></c></row>', 1, /at most 1000 columns/],
  ['xlsx_cell_lowercase_ref', '<row r="3"><c r="a3"><v>1</v></c></row>', 1, /invalid cell reference/],
  [
    'xlsx_unclosed_cell',
    '<row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is><c r="B3"><v>2</v></c></row>',
    1,
    /malformed cell XML/,
  ],
  [
    'xlsx_unclosed_value',
    '<row r="3"><c r="A3"><v>12</c><c r="B3"><v>2</v></c></row>',
    1,
    /malformed value XML/,
  ],
  ['xlsx_unclosed_row', '<row r="3"><c r="A3"><v>3</v></c>', 1, /not closed/],
  ['xlsx_bad_row_number', '<row r="x"><c r="A3"><v>3</v></c></row>', 1, /invalid row number/],
  [
    'xlsx_missing_shared_string',
    '<row r="3"><c r="A3" t="s"><v>99</v></c></row>',
    1,
    /shared string 99 does not exist/,
  ],
  ['xlsx_cell_tag_cut', '<row r="3"><c r="A3"</row>', 1, /malformed cell XML/],
  [
    'xlsx_bad_char_ref',
    '<row r="3"><c r="A3" t="inlineStr"><is><t>&#99999999;</t></is></c></row>',
    0,
    undefined,
  ],
  ['xlsx_empty_row', '<row r="3"></row>', 0, undefined],
  ['xlsx_self_closing_row', '<row r="3"/>', 0, undefined],
] as [string, string, number, RegExp | undefined][]) {
  add({
    id,
    kind: 'xlsx',
    file: `${id}.xlsx`,
    content: sheetAround(middle),
    expect: {
      status: 'loaded',
      loaded: 2 + (quarantined === 0 && id === 'xlsx_bad_char_ref' ? 1 : 0),
      quarantined,
      ...(reason ? { reason } : {}),
    },
  });
}
add({
  id: 'xlsx_sheet_ends_in_row',
  kind: 'xlsx',
  file: 'endsinrow.xlsx',
  content: rawSheetWorkbook(rowXml(1, ['id']) + rowXml(2, ['1']) + '<row r="3"><c r="A3"><v>3</v></c>'),
  expect: { status: 'loaded', loaded: 1, quarantined: 1, reason: /not closed|ends inside a row/ },
});
add({
  id: 'xlsx_header_malformed',
  kind: 'xlsx',
  file: 'hdrbad.xlsx',
  content: rawSheetWorkbook('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>' + rowXml(2, ['1'])),
  expect: { status: 'failed', reason: /header row 1 cannot be read/ },
});
add({
  id: 'xlsx_damaged_deflate',
  kind: 'xlsx',
  file: 'damaged.xlsx',
  content: damagedWorkbook(),
  expect: { status: 'failed', reason: /damaged|invalid|not a zip/ },
});
add({
  id: 'xlsx_not_a_zip',
  kind: 'xlsx',
  file: 'notzip.xlsx',
  content: 'id,naam\n1,a\n',
  expect: { status: 'failed', reason: /not a zip archive/ },
});
add({
  id: 'xlsx_truncated_zip',
  kind: 'xlsx',
  file: 'trunczip.xlsx',
  content: buildWorkbook([{ name: 'B', rows: [['id'], ['1']] }]).subarray(0, 200),
  expect: { status: 'failed', reason: /not a zip archive|damaged/ },
});
add({
  id: 'xlsx_missing_sheet_named',
  kind: 'xlsx',
  file: 'nosheet.xlsx',
  content: buildWorkbook([{ name: 'Blad1', rows: [['id'], [1]] }]),
  settings: ['sheet: Blad2'],
  expect: { status: 'failed', reason: /no sheet named "Blad2"/ },
});
add({
  id: 'xlsx_nul_in_cell',
  kind: 'xlsx',
  file: 'nulcell.xlsx',
  content: sheetAround(rowXml(3, ['3', 'a_x0000_b'])),
  expect: { status: 'loaded', loaded: 2, quarantined: 1, reason: /NUL/ },
});

// ---- BAG XML (format bag) ------------------------------------------------------------------------------
let bagSeq = 0;
const bag = (id: string, content: Buffer | string, expect: IngestCase['expect']) =>
  add({
    id,
    kind: 'bag',
    file: `0221PND01012026-${String(++bagSeq).padStart(6, '0')}.xml`,
    content,
    settings: ['format: bag'],
    expect,
  });
const P1 = pandXml('0221100000000001');
const P2 = pandXml('0221100000000002');
bag('bag_ok', extractXml([P1, P2]), { status: 'loaded', loaded: 2, quarantined: 0 });
bag('bag_missing_id', extractXml([P1, pandXml(undefined)]), {
  status: 'loaded',
  loaded: 1,
  quarantined: 1,
  reason: /GGM-I702 object has no identificatie/,
});
bag(
  'bag_truncated',
  extractXml([P1, P2]).slice(0, extractXml([P1, P2]).lastIndexOf('<Objecten:voorkomen>')),
  { status: 'loaded', loaded: 1, quarantined: 1, reason: /GGM-I705 the file ends inside bagObject 2/ },
);
bag('bag_bad_poslist', extractXml([P1, pandXml('0221100000000002', { posList: 'a b c' })]), {
  status: 'loaded',
  loaded: 1,
  quarantined: 1,
  reason: /GGM-I704 geometrie: posList holds a non-number/,
});
bag('bag_odd_poslist', extractXml([P1, pandXml('0221100000000002', { posList: '0 0 10' })]), {
  status: 'loaded',
  loaded: 1,
  quarantined: 1,
  reason: /GGM-I704 geometrie: posList has 3 numbers/,
});
bag(
  'bag_deep_nesting',
  extractXml([
    P1,
    pandXml('0221100000000002', { extra: `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}` }),
  ]),
  { status: 'loaded', loaded: 2, quarantined: 0 },
);
bag(
  'bag_deep_unclosed',
  extractXml([P1]).replace('</sl:standBestand>', `${'<x>'.repeat(100_000)}</sl:standBestand>`),
  { status: 'loaded', loaded: 1, quarantined: 1, reason: /GGM-I701 malformed XML outside the objects/ },
);
bag(
  'bag_invalid_utf8',
  b(
    extractXml([P1, pandXml('0221100000000002', { extra: '<Objecten:naam>X</Objecten:naam>' })]).replace(
      '>X<',
      '>',
    ),
    [0xe9],
    '<',
  ),
  {
    status: 'loaded',
    loaded: 1,
    quarantined: 2,
    reason: /GGM-I70[17] .*(unexpected close tag|invalid UTF-8 on line \d+)/,
  },
);
bag(
  'bag_nul_char_ref',
  extractXml([P1, pandXml('0221100000000002', { extra: '<Objecten:naam>a&#0;b</Objecten:naam>' })]),
  { status: 'loaded', loaded: 1, quarantined: 1, reason: /GGM-I701 malformed character entity/ },
);
bag(
  'bag_nul_byte',
  extractXml([P1, pandXml('0221100000000002', { extra: '<Objecten:naam>a\u0000b</Objecten:naam>' })]),
  { status: 'loaded', loaded: 1, quarantined: 1, reason: /GGM-I701 disallowed character/ },
);
bag('bag_not_xml', 'id;naam\n1;x\n', {
  status: 'loaded',
  loaded: 0,
  quarantined: 1,
  reason: /GGM-I701 malformed XML outside the objects/,
});
bag('bag_empty', '', { status: 'loaded', loaded: 0, quarantined: 1, reason: /GGM-I701 .*root element/ });
bag(
  'bag_entity_expansion',
  extractXml([P1])
    .replace(
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    )
    .replace('Pand in gebruik', '&b;'),
  { status: 'loaded', loaded: 0, quarantined: 1, reason: /GGM-I701 undefined entity/ },
);
bag(
  'bag_mismatched_tag',
  extractXml([P1, pandXml('0221100000000002').replace('</Objecten:status>', '</Objecten:statuz>')]),
  { status: 'loaded', loaded: 1, quarantined: 1, reason: /GGM-I701 unexpected close tag/ },
);

// ---- iWmo/iJw messages (format istandaarden): an invalid message is quarantined whole ----------------------
const WMO301 = (() => {
  for (const f of generateCorpus({ seed: 7, clients: 2, envelopes: false }))
    if (f.content.includes('wmo301:Bericht')) return f.content;
  throw new Error('no WMO301 in the corpus');
})();
let istSeq = 0;
const ist = (id: string, content: Buffer | string, expect: IngestCase['expect']) =>
  add({
    id,
    kind: 'istandaarden',
    file: `ist-${++istSeq}.xml`,
    content,
    settings: ['format: istandaarden'],
    expect,
  });
const [beforeName, afterName] = WMO301.replace(/<iwmo:Voornamen>[^<]*/, '<iwmo:Voornamen>Lo\u0001c').split(
  '\u0001',
);
ist('ist_invalid_utf8', b(beforeName!, [0xeb], afterName!), {
  status: 'loaded',
  loaded: 0,
  quarantined: 1,
  reason: /not valid UTF-8/,
});
ist(
  'ist_nested_200000',
  WMO301.replace('</wmo301:Header>', `</wmo301:Header>${'<a>'.repeat(200_000)}${'</a>'.repeat(200_000)}`),
  {
    status: 'loaded',
    loaded: 0,
    quarantined: 1,
    reason: /nested deeper than 100 levels/,
  },
);
ist('ist_trailing_invalid_byte', b(WMO301, [0xeb]), {
  status: 'loaded',
  loaded: 1,
  quarantined: 1,
  reason: /message 2 of the file.*not valid UTF-8/,
});
ist('ist_cut_in_half', WMO301.slice(0, WMO301.length >> 1), {
  status: 'loaded',
  loaded: 0,
  quarantined: 1,
  reason: /malformed XML/,
});
ist('ist_nul_character', WMO301.replace(/<iwmo:Voornamen>[^<]*/, '<iwmo:Voornamen>a\u0000b'), {
  status: 'loaded',
  loaded: 0,
  quarantined: 1,
  reason: /malformed XML/,
});

// ---- paths ----------------------------------------------------------------------------------------------
add({
  id: 'path_folder_csv',
  kind: 'path',
  file: 'folder.csv',
  content: 'folder',
  expect: { status: 'failed', reason: /is a folder/ },
});
add({
  id: 'path_folder_xlsx',
  kind: 'path',
  file: 'folder.xlsx',
  content: 'folder',
  expect: { status: 'failed', reason: /is a folder/ },
});
add({
  id: 'path_folder_ndjson',
  kind: 'path',
  file: 'folder.ndjson',
  content: 'folder',
  expect: { status: 'failed', reason: /is a folder/ },
});

export const INGEST_CASES: readonly IngestCase[] = cases;
