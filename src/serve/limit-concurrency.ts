/**
 * A bound on how much work the server does at once: at most `active` tasks run, at most
 * `queued` wait their turn, and beyond that a request is refused at once (503) instead of piling
 * up memory until the process dies.
 */
export interface Limiter {
  /** Runs `task` when a slot is free; returns null, without running it, when the queue is full. */
  run<T>(task: () => Promise<T>): Promise<T> | null;
  readonly running: number;
  readonly waiting: number;
}

export function createLimiter(active: number, queued: number): Limiter {
  let running = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    running -= 1;
    const next = waiting.shift();
    if (next) next();
  };
  return {
    run<T>(task: () => Promise<T>): Promise<T> | null {
      if (running >= active && waiting.length >= queued) return null;
      const start = (): Promise<T> => {
        running += 1;
        return task().finally(release);
      };
      if (running < active) return start();
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          start().then(resolve, reject);
        });
      });
    },
    get running() {
      return running;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
