import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Engine } from '../../engines/engine.js';
import type { FileFormat, SourceConfig } from '../../project/project-config.js';
import { createSociaalViews, SOCIAAL_EXT_SCHEMA } from '../istandaarden/lakehouse/sociaal-views.js';

/** Views a source format brings over its bronze table, in a schema of their own. */
export interface FormatViews {
  schema: string;
  create(engine: Engine, source: string): Promise<void>;
}

export const FORMAT_VIEWS: Partial<Record<FileFormat, FormatViews>> = {
  istandaarden: { schema: SOCIAAL_EXT_SCHEMA, create: createSociaalViews },
};

/**
 * The sources whose views `ggm run` creates after their load. A schema holds the views of one source: when
 * two sources would fill it, the first (in ggm.yaml order) does and the others get a warning.
 */
export function sourceViews(sources: readonly SourceConfig[]): {
  views: { source: string; format: FileFormat; schema: string }[];
  diagnostics: Diagnostic[];
} {
  const views: { source: string; format: FileFormat; schema: string }[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const s of sources) {
    if (s.kind !== 'file') continue;
    const v = FORMAT_VIEWS[s.format];
    if (!v) continue;
    const taken = views.find((x) => x.schema === v.schema);
    if (taken) {
      diagnostics.push({
        code: 'GGM-P012',
        severity: 'warning',
        message: `the ${v.schema} views are made over bronze.${taken.source}, not over bronze.${s.name}`,
        at: s.at,
        hint: `ggm sociaal-views --source ${s.name} makes them over ${s.name} instead`,
      });
      continue;
    }
    views.push({ source: s.name, format: s.format, schema: v.schema });
  }
  return { views, diagnostics };
}
