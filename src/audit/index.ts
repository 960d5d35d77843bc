// The audit layer: the Logboek Dataverwerkingen (see docs/audit.md) and the project's secret keys.
export type { LdvDataSubject, LdvRecord, LdvRecordInput, LdvStatusCode } from './ldv-record.js';
export {
  keyEnvName,
  keyFilePath,
  KeyStoreError,
  MIN_KEY_BYTES,
  resolveKey,
  type KeyMode,
  type ResolveKeyOptions,
} from './key-store.js';
