/**
 * A mutable copy of a text in which ranges can be blanked out. The result has exactly the
 * text's length, so every offset into it is an offset into the text.
 */
export class CharMask {
  private readonly codes: Uint16Array;

  constructor(text: string, fill?: number) {
    this.codes = new Uint16Array(text.length);
    if (fill === undefined) for (let i = 0; i < text.length; i += 1) this.codes[i] = text.charCodeAt(i);
    else this.codes.fill(fill);
  }

  /** Replaces `[start, end)` with spaces, keeping line breaks so lines stay lines. */
  blank(start: number, end: number): void {
    for (let i = start; i < end; i += 1) {
      const c = this.codes[i]!;
      if (c !== 10 && c !== 13) this.codes[i] = 32;
    }
  }

  set(index: number, code: number): void {
    this.codes[index] = code;
  }

  toString(): string {
    let out = '';
    const chunk = 8192;
    for (let i = 0; i < this.codes.length; i += chunk) {
      out += String.fromCharCode(...this.codes.subarray(i, Math.min(i + chunk, this.codes.length)));
    }
    return out;
  }
}
