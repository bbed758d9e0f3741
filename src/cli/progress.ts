/**
 * Progress for long imports: a bar redrawn in place on a terminal, nothing when output is piped
 * or --quiet is set (the summary line still prints unless quiet).
 */
export interface Progress {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream, enabled: boolean): Progress {
  if (!enabled || !stream.isTTY) return { update() {}, done() {} };
  let drawn = false;
  return {
    update(done, total, label) {
      const width = 28;
      const filled = total === 0 ? width : Math.round((done / total) * width);
      const name = label.length > 40 ? `…${label.slice(-39)}` : label;
      stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
