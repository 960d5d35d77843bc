// A pseudonymisation or audit key the server cannot use (missing in production, unreadable, too short)
// is the operator's configuration, not the caller's fault and not a crash: 503 with the key store's
// code. The detail names no file or variable; the log has the key store's full message.
import { KeyStoreError } from '../audit/key-store.js';

export interface KeyProblem {
  status: 503;
  code: string;
  detail: string;
}

export function keyProblem(error: unknown): KeyProblem | undefined {
  if (!(error instanceof KeyStoreError)) return undefined;
  return {
    status: 503,
    code: error.code,
    detail:
      'Een sleutel voor pseudonimisering of het logboek ontbreekt of is onbruikbaar op de server. De beheerder kan dit in het serverlog zien.',
  };
}
