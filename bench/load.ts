import autocannon from 'autocannon';

/** One request of a scenario; autocannon cycles through them on each connection. */
export interface BenchRequest {
  method: 'GET' | 'PUT';
  path: string;
  body?: unknown;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Latency percentiles, ms. */
  p50: number;
  p99: number;
  errors: number;
}

/** Drives a server with `connections` keep-alive connections for `seconds`; every non-2xx counts as an error. */
export async function load(
  url: string,
  token: string,
  requests: BenchRequest[],
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests: requests.map((r) => ({
      method: r.method,
      path: r.path,
      ...(r.body !== undefined ? { body: JSON.stringify(r.body) } : {}),
    })),
  });
  return {
    requests: result.requests.total,
    seconds: result.duration,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

/** Latency of one request at a time, measured around each call (ms, sub-millisecond resolution). */
export async function sequentialLatency(url: string, token: string, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let n = 0; n < count; n += 1) {
    const start = process.hrtime.bigint();
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`GET ${url} answered ${response.status}`);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return samples;
}

/** The p-th percentile (0-100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
