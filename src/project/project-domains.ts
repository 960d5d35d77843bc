import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { didYouMean } from '../diagnostics/suggest.js';
import type { ModelIndex } from '../model/model-index.js';
import type { Package } from '../model/model-types.js';
import type { ProjectConfig } from './project-config.js';

/**
 * The project's domains resolved against the loaded model (by name, name without number, or number).
 * Unknown ones are GGM-I111 diagnostics at their line in ggm.yaml, with the nearest domain names.
 */
export function resolveProjectDomains(
  config: Pick<ProjectConfig, 'domains' | 'domainsAt'>,
  index: ModelIndex,
): { domains: Package[]; diagnostics: Diagnostic[] } {
  const domains: Package[] = [];
  const diagnostics: Diagnostic[] = [];
  config.domains.forEach((name, i) => {
    const domain = index.findDomain(name);
    if (domain) {
      if (!domains.includes(domain)) domains.push(domain);
      return;
    }
    const hint = didYouMean(
      name,
      index.domains().map((d) => d.name),
    );
    diagnostics.push({
      code: 'GGM-I111',
      severity: 'error',
      message: `the model has no domain "${name}"`,
      ...(config.domainsAt[i] ? { at: config.domainsAt[i] } : {}),
      hint:
        hint ??
        `domains: ${index
          .domains()
          .map((d) => d.name)
          .join(', ')}`,
    });
  });
  return { domains, diagnostics };
}
