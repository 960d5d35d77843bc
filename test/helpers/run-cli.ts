import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/output.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the `ggm` command line in-process and captures what it prints. */
export async function runCli(args: string[]): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
  };
  const previous = process.exitCode;
  process.exitCode = undefined;
  try {
    const code = await main(args, io);
    return { code, stdout, stderr };
  } finally {
    process.exitCode = previous;
  }
}
