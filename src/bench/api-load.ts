// The API benchmark's load generator, run as a child process (`fork`) so autocannon does not share the
// server's event loop: the server process then measures only its own CPU. It gets its job as JSON in
// argv[2], says `measuring` when the warm-up is done, and sends the result back; both over IPC.
import autocannon from 'autocannon';

export interface LoadJob {
  url: string;
  token: string;
  paths: string[];
  connections: number;
  seconds: number;
  warmupSeconds: number;
}

export interface LoadResult {
  rps: number;
  p50: number;
  p99: number;
  total: number;
  non2xx: number;
  errors: number;
}

export type LoadMessage =
  { kind: 'measuring' } | { kind: 'done'; result: LoadResult } | { kind: 'failed'; error: string };

async function main(job: LoadJob): Promise<LoadResult> {
  const options = {
    url: job.url,
    connections: job.connections,
    headers: { authorization: `Bearer ${job.token}` },
    requests: job.paths.map((path) => ({ path })),
    // on a loaded shared machine an uncached read can wait longer than autocannon's 10 s default; a
    // timeout would fail the whole run, a slow answer only shows in p99
    timeout: 30,
  };
  await autocannon({ ...options, duration: job.warmupSeconds });
  process.send!({ kind: 'measuring' } satisfies LoadMessage);
  const result = await autocannon({ ...options, duration: job.seconds });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    total: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
  };
}

function reply(message: LoadMessage, code: number): void {
  process.send!(message, undefined, {}, () => process.exit(code));
}

if (process.send && process.argv[2]) {
  main(JSON.parse(process.argv[2]) as LoadJob).then(
    (result) => reply({ kind: 'done', result }, 0),
    (error: unknown) => reply({ kind: 'failed', error: String(error) }, 1),
  );
}
