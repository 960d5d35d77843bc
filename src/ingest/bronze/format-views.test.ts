import { describe, expect, it } from 'vitest';
import type { SourceConfig } from '../../project/project-config.js';
import { sourceViews } from './format-views.js';

const source = (name: string, format: string): SourceConfig =>
  ({ kind: 'file', name, format, path: `${name}/*`, at: { file: 'ggm.yaml', line: 3 } }) as SourceConfig;

describe('sourceViews', () => {
  it('gives the sociaal_ext views to the first istandaarden source and warns about the others', () => {
    const { views, diagnostics } = sourceViews([
      source('bag', 'bag'),
      source('wmo', 'istandaarden'),
      source('jeugd', 'istandaarden'),
    ]);
    expect(views).toEqual([{ source: 'wmo', format: 'istandaarden', schema: 'sociaal_ext' }]);
    expect(diagnostics).toMatchObject([
      { code: 'GGM-P012', severity: 'warning', at: { file: 'ggm.yaml', line: 3 } },
    ]);
    expect(diagnostics[0]!.hint).toContain('--source jeugd');
  });
});
