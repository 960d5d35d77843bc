import { finding, type Finding } from './finding.js';
import type { ParsedMessage } from './message-reader.js';
import type { IstandaardMessage } from './message-types.js';
import { checkDeclaratieContent } from './rules/declaratie-rules.js';
import { checkHistory } from './rules/history-rules.js';
import type { MessageHistory, MessageRef } from './rules/message-history.js';
import { checkPersons } from './rules/person-rules.js';
import { checkRequests } from './rules/request-rules.js';
import { Reporter, type MessageCheck } from './rules/rule-support.js';
import { checkToewijzingContent } from './rules/toewijzing-rules.js';
import { checkWithinMessage } from './rules/within-message-rules.js';

const CONTENT_CHECKS: readonly MessageCheck[] = [
  checkToewijzingContent,
  checkPersons,
  checkRequests,
  checkDeclaratieContent,
];

/**
 * Layers 2–4 for one parsed message. Like a receiver, later layers run only on a message whose structure
 * is valid (an XSD failure is answered with 0001 before any condition is evaluated); a history is optional.
 */
export function validateParsed(
  parsed: ParsedMessage,
  history?: { store: MessageHistory; self: MessageRef },
): Finding[] {
  const findings = [...parsed.findings];
  if (!parsed.record || findings.some((f) => f.severity === 'error')) return findings;
  return findings.concat(validateRecord(parsed.record, history));
}

export function validateRecord(
  record: IstandaardMessage,
  history?: { store: MessageHistory; self: MessageRef },
): Finding[] {
  const r = new Reporter();
  for (const check of CONTENT_CHECKS) guarded(check.name, r, () => check(record, r));
  guarded('within-message', r, () => checkWithinMessage(record, r));
  if (history) guarded('history', r, () => checkHistory(record, history.self, history.store, r));
  return r.findings;
}

/** Layer 4 alone, for callers that ran layers 1–3 before the history was complete. */
export function validateAgainstHistory(
  record: IstandaardMessage,
  store: MessageHistory,
  self: MessageRef,
): Finding[] {
  const r = new Reporter();
  guarded('history', r, () => checkHistory(record, self, store, r));
  return r.findings;
}

/** A bug in one rule family becomes a finding, never a crash of the whole run. */
function guarded(name: string, r: Reporter, run: () => void): void {
  try {
    run();
  } catch (error) {
    r.findings.push(
      finding('INTERNAL', '/Bericht', `rule family ${name} failed: ${(error as Error).message}`),
    );
  }
}

export const isValid = (findings: readonly Finding[]): boolean =>
  !findings.some((f) => f.severity === 'error');
