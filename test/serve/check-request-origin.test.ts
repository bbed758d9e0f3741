import { allowedHosts, refuseReason } from '../../src/serve/check-request-origin';

describe('allowedHosts', () => {
  it('should allow the loopback names and the configured host on the port, and no wildcard address', () => {
    expect([...allowedHosts('0.0.0.0', 8080)].sort()).toEqual(['127.0.0.1:8080', '[::1]:8080', 'localhost:8080']);
    expect(allowedHosts('Archive.Local', 5173).has('archive.local:5173')).toBe(true);
    expect(allowedHosts('fe80::1', 5173).has('[fe80::1]:5173')).toBe(true);
  });
});

describe('refuseReason', () => {
  const allowed = allowedHosts('127.0.0.1', 5173);

  it('should let a request to the server by its own name through', () => {
    expect(refuseReason({ host: '127.0.0.1:5173' }, allowed)).toBeNull();
    expect(refuseReason({ host: 'LOCALHOST:5173', origin: 'http://localhost:5173' }, allowed)).toBeNull();
  });

  it('should refuse a missing Host, a foreign Host, a foreign or null Origin', () => {
    expect(refuseReason({}, allowed)).toBe('the request has no Host header');
    expect(refuseReason({ host: 'attacker.example:5173' }, allowed)).toMatch(/^the Host header "attacker\.example:5173" is not this server/);
    expect(refuseReason({ host: '127.0.0.1:5173', origin: 'http://attacker.example:5173' }, allowed)).toMatch(/Origin/);
    expect(refuseReason({ host: '127.0.0.1:5173', origin: 'null' }, allowed)).toMatch(/Origin/);
    expect(refuseReason({ host: '127.0.0.1:5173', origin: 'https://127.0.0.1:5173' }, allowed)).toMatch(/Origin/);
  });
});
