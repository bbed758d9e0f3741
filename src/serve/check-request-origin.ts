/**
 * Defence against DNS rebinding: a page on evil.example can make its own name resolve to
 * 127.0.0.1 and then read the viewer's API as if it were same-origin. The browser still sends
 * `Host: evil.example:5173` (and `Origin: http://evil.example:5173` on fetches), so the server
 * answers only requests addressed to itself by a name it was given: `127.0.0.1:<port>`,
 * `localhost:<port>`, `[::1]:<port>` and the configured `--host`. Pure, so it is tested directly.
 */

/** The `Host` values this server answers to, lower case. */
export function allowedHosts(configuredHost: string, port: number): Set<string> {
  const names = new Set(['127.0.0.1', 'localhost', '[::1]']);
  const host = configuredHost.toLowerCase();
  // An IPv6 address is written in brackets in a Host header.
  names.add(host.includes(':') && !host.startsWith('[') ? `[${host}]` : host);
  // 0.0.0.0 and :: mean "every interface", not a name anyone connects by.
  names.delete('0.0.0.0');
  names.delete('[::]');
  return new Set([...names].map((name) => `${name}:${port}`));
}

/**
 * Why a request must be refused, or null when it may be answered: a missing or foreign `Host`,
 * or an `Origin` (sent by browsers on cross-origin and on POST requests) that is not this server.
 */
export function refuseReason(headers: { host?: string | undefined; origin?: string | undefined }, allowed: ReadonlySet<string>): string | null {
  const host = headers.host?.trim().toLowerCase();
  if (!host) return 'the request has no Host header';
  if (!allowed.has(host)) return `the Host header ${JSON.stringify(headers.host)} is not this server (expected one of ${[...allowed].join(', ')})`;
  const origin = headers.origin?.trim().toLowerCase();
  if (origin === undefined) return null;
  let originHost: string;
  try {
    const url = new URL(origin);
    if (url.protocol !== 'http:') return `the Origin ${JSON.stringify(headers.origin)} is not this server`;
    originHost = url.port ? url.host : `${url.host}:80`;
  } catch {
    return `the Origin ${JSON.stringify(headers.origin)} is not this server`;
  }
  return allowed.has(originHost) ? null : `the Origin ${JSON.stringify(headers.origin)} is not this server`;
}
