/** Projects: the ggm.yaml types, loading with diagnostics, `ggm init`, domains against the model. */
export * from './project-config.js';
export { loadProjectConfig, parseProjectConfig, type ConfigResult } from './project-config-loader.js';
export { initProject, projectTemplate, type InitOptions, type InitResult } from './project-init.js';
export { resolveProjectDomains } from './project-domains.js';
