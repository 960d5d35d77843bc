import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics/diagnostic.js';
import { GOVERNANCE_CODES } from '../../governance/governance-codes.js';
import { denyAllPolicy, type GovernancePolicy } from '../../governance/governance-policy.js';
import { GOVERNANCE_FILE, parseGovernance } from '../../governance/parse-governance.js';

/**
 * The project's governance.yaml, parsed. No file: the deny-all policy and a warning (GGM-G013); a file
 * with errors: no policy, the diagnostics say why.
 */
export async function loadGovernance(
  projectDir: string,
): Promise<{ policy?: GovernancePolicy; diagnostics: Diagnostic[] }> {
  const path = join(projectDir, GOVERNANCE_FILE);
  const shown = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      const message = `cannot read ${shown}: ${(error as Error).message}`;
      return {
        diagnostics: [{ code: GOVERNANCE_CODES.noPolicy, severity: 'error', message, at: { file: shown } }],
      };
    }
    return {
      policy: denyAllPolicy(),
      diagnostics: [
        {
          code: GOVERNANCE_CODES.noPolicy,
          severity: 'warning',
          message: `no ${GOVERNANCE_FILE} in the project: nothing is granted, every governed read is refused`,
          at: { file: shown },
          hint: '`ggm init` writes a default one with a commented example',
        },
      ],
    };
  }
  return parseGovernance(text, shown);
}
