export interface Range {
  start: number;
  end: number;
}

/** Sorted, non-overlapping lookup of ranges by offset. */
export class RangeSet {
  private readonly starts: number[];
  private readonly ends: number[];
  constructor(ranges: Range[]) {
    const sorted = [...ranges].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((range) => range.start);
    this.ends = sorted.map((range) => range.end);
  }
  get size(): number {
    return this.starts.length;
  }
  /** The end of the range that starts exactly at `start`, if any. */
  endOf(start: number): number | undefined {
    const index = this.lastStartingBefore(start + 1);
    return index >= 0 && this.starts[index] === start ? this.ends[index] : undefined;
  }

  /** The range that holds `offset`, if any. */
  containing(offset: number): Range | undefined {
    const index = this.lastStartingBefore(offset + 1);
    return index >= 0 && this.ends[index]! > offset ? {start: this.starts[index]!, end: this.ends[index]!} : undefined;
  }

  /** Whether every non-space character of [start, end) lies inside ranges. */
  covers(start: number, end: number, text?: string): boolean {
    let at = start;
    while (at < end) {
      const index = this.lastStartingBefore(at + 1);
      if (index >= 0 && this.ends[index]! > at) {
        at = this.ends[index]!;
        continue;
      }
      if (text === undefined || !/\s/.test(text[at]!)) return false;
      at++;
    }
    return true;
  }

  private lastStartingBefore(end: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle]! < end) {
        found = middle;
        low = middle + 1;
      } else high = middle - 1;
    }
    return found;
  }

  /** Whether [start, end) overlaps any range. */
  overlaps(start: number, end: number): boolean {
    // Ranges do not nest deeply: a few ranges back from the last one that starts before `end` are enough.
    const found = this.lastStartingBefore(end);
    for (let index = found; index >= 0 && index > found - 4; index--) {
      if (this.ends[index]! > start) return true;
    }
    return false;
  }
}
