/** Bronze loading as a library: what `ggm ingest` runs and `ggm run` will call. */
export { ingestSources, selectSources, type IngestReport } from './ingest-project.js';
export { loadSource } from './source-loader.js';
export { loadRecords, type BatchResult } from './bronze-loader.js';
export { ensureWarehouse, BRONZE_META_COLUMNS } from './meta-tables.js';
export { bronzeColumnNames } from './bronze-columns.js';
export { bronzeTable } from './bronze-table.js';
