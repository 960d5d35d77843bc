/** Hostile mapping files: each must be refused by `ggm compile` with a coded error at its line. */
export interface MappingCase {
  id: string;
  yaml: string;
  /** The printed diagnostic: code, file and `line n:col`. */
  expect: RegExp;
}

const HEAD = 'name: p\ntarget: 99 Kern/BAG/Pand\nsources:\n  - table: panden\n    alias: p\nkey: p.id\n';
const attr = (value: string) => `${HEAD}attributes:\n  identificatie: ${value}\n`;
const sql = (value: string) => `${HEAD}attributes:\n  identificatie:\n    sql: ${JSON.stringify(value)}\n`;
const at = (code: string, line: number, text: string) =>
  new RegExp(`error ${code} at .*\\.yaml, line ${line}:\\d+: .*${text}`);
const deep = (yaml: string) => ({ yaml, expect: at('GGM-S505', 8, 'nested deeper than 200 levels') });

export const MAPPING_CASES: MappingCase[] = [
  {
    id: 'deep_yaml_flow',
    yaml: `${HEAD}attributes:\n  identificatie: ${'['.repeat(5_000)}${']'.repeat(5_000)}\n`,
    expect: /error GGM-S50\d at .*\.yaml, line \d+:\d+/,
  },
  {
    id: 'deep_yaml_block',
    yaml: `${HEAD}attributes:\n${Array.from({ length: 300 }, (_, i) => `${'  '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`,
    expect: /error GGM-S50\d at .*\.yaml, line \d+:\d+/,
  },
  { id: 'deep_parentheses', ...deep(attr(`"${'('.repeat(50_000)}p.id${')'.repeat(50_000)}"`)) },
  { id: 'deep_parentheses_201', ...deep(attr(`"${'('.repeat(201)}p.id${')'.repeat(201)}"`)) },
  { id: 'long_chain', ...deep(attr(`"${Array(20_000).fill('p.id').join(' || ')}"`)) },
  { id: 'long_and_chain', ...deep(attr(`"${Array(5_000).fill('p.id = 1').join(' and ')}"`)) },
  { id: 'deep_unary', ...deep(attr(`"${'- '.repeat(20_000)}1"`)) },
  { id: 'deep_not', ...deep(attr(`"${'not '.repeat(20_000)}true"`)) },
  { id: 'deep_calls', ...deep(attr(`"${'upper('.repeat(5_000)}p.id${')'.repeat(5_000)}"`)) },
  { id: 'deep_case', ...deep(attr(`"${'case when true then '.repeat(3_000)}1${' end'.repeat(3_000)}"`)) },
  {
    id: 'sql_semicolon',
    yaml: sql('1; DROP TABLE meta.batches'),
    expect: at('GGM-S505', 9, 'sql holds a ;'),
  },
  { id: 'sql_attach', yaml: sql("(select 1); ATTACH 'x.db'"), expect: at('GGM-S505', 9, 'sql holds a ;') },
  { id: 'sql_line_comment', yaml: sql('p.id -- x'), expect: at('GGM-S505', 9, 'sql holds a comment') },
  { id: 'sql_block_comment', yaml: sql('p.id /* x'), expect: at('GGM-S505', 9, 'sql holds a comment') },
  { id: 'sql_unclosed_paren', yaml: sql('(p.id'), expect: at('GGM-S505', 9, 'unclosed \\(') },
  {
    id: 'sql_extra_close',
    yaml: sql('p.id) union select 1 from (select 1'),
    expect: at('GGM-S505', 9, 'a \\) without \\('),
  },
  { id: 'sql_unclosed_string', yaml: sql("'abc"), expect: at('GGM-S505', 9, 'unclosed string') },
  { id: 'sql_unclosed_name', yaml: sql('"abc'), expect: at('GGM-S505', 9, 'unclosed quoted name') },
  { id: 'sql_dollar_quote', yaml: sql('$$x$$'), expect: at('GGM-S505', 9, 'dollar-quoted') },
  { id: 'sql_empty', yaml: sql(''), expect: at('GGM-S505', 9, 'sql is empty') },
  { id: 'sql_blank', yaml: sql('   '), expect: at('GGM-S505', 9, 'sql is empty') },
  { id: 'sql_nul', yaml: sql('p.id\u0000'), expect: at('GGM-S505', 9, 'NUL character') },
  {
    id: 'sql_per_engine_semicolon',
    yaml: `${HEAD}attributes:\n  identificatie:\n    sql:\n      duckdb: p.id\n      postgres: "p.id; select 1"\n`,
    expect: /error GGM-S505 at .*\.yaml, line 1[01]:\d+: .*sql holds a ;/,
  },
  {
    id: 'where_semicolon',
    yaml: `${HEAD}where: "1=1; drop table x"\nattributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S505', 7, 'unexpected character ";"'),
  },
  {
    id: 'where_sql_comment',
    yaml: `${HEAD}where:\n  sql: "1=1 --"\nattributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S505', 8, 'sql holds a comment'),
  },
  { id: 'infinite_number', yaml: attr('1e999999'), expect: at('GGM-S504', 8, 'not a finite number') },
  { id: 'negative_infinite', yaml: attr('-1e999999'), expect: at('GGM-S504', 8, 'not a finite number') },
  {
    id: 'unknown_function',
    yaml: attr('frobnicate(p.id)'),
    expect: at('GGM-S506', 8, 'unknown function frobnicate'),
  },
  { id: 'unterminated_string', yaml: attr(`"'abc"`), expect: at('GGM-S505', 8, 'unterminated string') },
  {
    id: 'unknown_alias',
    yaml: attr('q.id'),
    expect: at('GGM-S604', 8, 'unknown source q \\(did you mean p\\?\\)'),
  },
  {
    id: 'unknown_attribute',
    yaml: `${HEAD}attributes:\n  nietBestaand: p.id\n`,
    expect: at('GGM-S603', 8, 'Pand has no attribute nietBestaand'),
  },
  {
    id: 'unknown_target',
    yaml: `${HEAD.replace('99 Kern/BAG/Pand', 'Pnad')}attributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S601', 2, 'unknown class Pnad'),
  },
  {
    id: 'ambiguous_target',
    yaml: `${HEAD.replace('99 Kern/BAG/Pand', 'Pand')}attributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S602', 2, '2 classes are named Pand'),
  },
  { id: 'yaml_syntax', yaml: `${HEAD}attributes:\n  identificatie: [p.id\n`, expect: at('GGM-S501', 9, '') },
  {
    id: 'unknown_field',
    yaml: `${HEAD}attribuets:\n  identificatie: p.id\n`,
    expect: at('GGM-S503', 7, 'unknown field attribuets \\(did you mean attributes\\?\\)'),
  },
  {
    id: 'bad_history',
    yaml: `${HEAD}history: sometimes\nattributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S504', 7, 'unknown history mode sometimes'),
  },
  { id: 'empty_file', yaml: '', expect: at('GGM-S504', 1, 'a mapping file is a YAML map') },
  { id: 'list_file', yaml: '- a\n- b\n', expect: at('GGM-S504', 1, 'a mapping file is a YAML map') },
  { id: 'binary_file', yaml: '\u0000\u0001', expect: at('GGM-S504', 1, 'a mapping file is a YAML map') },
  {
    id: 'no_sources',
    yaml: 'name: p\ntarget: 99 Kern/BAG/Pand\nkey: p.id\nattributes:\n  identificatie: p.id\n',
    expect: at('GGM-S502', 1, 'missing sources'),
  },
  {
    id: 'empty_key',
    yaml: `${HEAD.replace('key: p.id\n', 'key: []\n')}attributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S504', 6, 'key needs at least one expression'),
  },
  {
    id: 'alias_with_sql',
    yaml: HEAD.replace('alias: p', 'alias: "p; drop"') + 'attributes:\n  identificatie: p.id\n',
    expect: at('GGM-S604', 6, 'unknown source p'),
  },
  {
    id: 'alias_bomb',
    yaml: `x: &a [1,1,1,1,1,1,1,1,1,1]\ny: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nz: [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\n${HEAD}attributes:\n  identificatie: p.id\n`,
    expect: at('GGM-S503', 1, 'unknown field x'),
  },
  {
    id: 'duplicate_key',
    yaml: `${HEAD}key: p.x\nattributes:\n  identificatie: p.id\n`,
    expect: /error GGM-S50\d at .*\.yaml, line 7:\d+/,
  },
  {
    id: 'tab_indent',
    yaml: `${HEAD}attributes:\n\tidentificatie: p.id\n`,
    expect: /error GGM-S50\d at .*\.yaml, line \d+:\d+/,
  },
];
