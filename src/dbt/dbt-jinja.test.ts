import { describe, expect, it } from 'vitest';
import { config, END_IF, IF_INCREMENTAL, ref, renderDbtJinja, source, THIS } from './dbt-jinja.js';

const ctx = (incremental: boolean) => ({
  ref: (m: string) => `silver.${m}`,
  source: (s: string, t: string) => `${s}.${t}`,
  self: 'silver.me',
  incremental,
});

describe('the Jinja subset of ggm export dbt', () => {
  const model = [
    config({ materialized: 'incremental', unique_key: ['k', "it's"] }),
    '',
    `SELECT * FROM ${source('bronze', 'b')} JOIN ${ref('other')} ON TRUE WHERE 1 = 1`,
    IF_INCREMENTAL,
    `  AND x > (SELECT MAX(x) FROM ${THIS})`,
    END_IF,
  ].join('\n');

  it('renders refs, sources, this, config and is_incremental()', () => {
    expect(renderDbtJinja(model, ctx(false))).toBe(
      'SELECT * FROM bronze.b JOIN silver.other ON TRUE WHERE 1 = 1\n',
    );
    expect(renderDbtJinja(model, ctx(true))).toBe(
      'SELECT * FROM bronze.b JOIN silver.other ON TRUE WHERE 1 = 1\n\n  AND x > (SELECT MAX(x) FROM silver.me)\n',
    );
  });

  it('refuses Jinja it does not know', () => {
    expect(() => renderDbtJinja("SELECT {{ var('x') }}", ctx(false))).toThrow(/outside the subset/);
    expect(() => renderDbtJinja('{% for x in y %}{% endfor %}', ctx(false))).toThrow(/outside the subset/);
  });
});
