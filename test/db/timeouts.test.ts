import { closeWithin, startWatchdog, withDeadline } from '../../src/db/timeouts';

const never = () => new Promise<never>(() => undefined);

describe('withDeadline', () => {
  it('should give the work’s value when it settles in time', async () => {
    await expect(withDeadline(Promise.resolve(7), 1_000, () => new Error('late'))).resolves.toBe(7);
  });

  it('should reject with the deadline’s error when the work never settles', async () => {
    await expect(withDeadline(never(), 50, () => new Error('no answer within 0.05 s'))).rejects.toThrow('no answer within 0.05 s');
  });
});

describe('closeWithin', () => {
  it('should return after the bound when a close never finishes', async () => {
    const started = Date.now();
    await closeWithin({ close: never }, 50);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});

describe('startWatchdog', () => {
  it('should not fire while it is touched, and fire once it is left alone', async () => {
    const watchdog = startWatchdog(120, () => new Error('silent'));
    let fired = false;
    watchdog.expired.catch(() => (fired = true));
    for (let i = 0; i < 5; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 60));
      watchdog.touch();
    }
    expect(fired).toBe(false);
    await expect(watchdog.expired).rejects.toThrow('silent');
    watchdog.stop();
  });
});
