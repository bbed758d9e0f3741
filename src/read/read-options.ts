/**
 * Options of the read stage: a typed interface, its defaults and one resolve function.
 */
import type { HeapInfo } from './check-bytes';
import type { PublisherRules } from './publisher-rules';

export interface ReadOptions {
  /** Files larger than this are refused (E_TOO_LARGE); the CLI sets it from `--max-size`. */
  maxBytes: number;
  /**
   * Publisher boilerplate rules. Left undefined, the rule files in `import/publishers/` are
   * loaded once and reused; tests pass their own.
   */
  publishers?: readonly PublisherRules[];
  /** Skip the English check (for callers that know better, e.g. a metadata `language: en`). */
  skipLanguageCheck: boolean;
  /** The heap a file must fit in; left undefined, this process's (`v8.getHeapStatistics()`). Tests pass a small one. */
  heap?: HeapInfo;
}

export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export const DEFAULT_READ_OPTIONS: ReadOptions = {
  maxBytes: DEFAULT_MAX_BYTES,
  skipLanguageCheck: false,
};

export function resolveReadOptions(options?: Partial<ReadOptions>): ReadOptions {
  return { ...DEFAULT_READ_OPTIONS, ...(options ?? {}) };
}

/** "10 MiB", "20.5 MiB", "812 KiB", "12.5 GiB": sizes as a person reads them. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 * 1024) {
    const gib = bytes / (1024 * 1024 * 1024);
    return `${Number.isInteger(gib) ? gib : gib.toFixed(1)} GiB`;
  }
  if (bytes >= 1024 * 1024) {
    const mib = bytes / (1024 * 1024);
    return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
  }
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KiB`;
  return `${bytes} bytes`;
}
