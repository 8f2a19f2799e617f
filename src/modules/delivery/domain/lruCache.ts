/**
 * A least-recently-used map bounded both by entry count and by total size, so a flood of distinct
 * queries cannot grow memory without limit. A Map keeps insertion order: re-inserting on read moves
 * an entry to the young end, eviction takes from the old end.
 */
export class LruCache<V> {
  private readonly entries = new Map<string, { value: V; size: number }>()
  private bytes = 0

  constructor(
    private readonly maxEntries: number,
    private readonly maxBytes: number,
    private readonly sizeOf: (value: V) => number,
  ) {}

  get size(): number {
    return this.entries.size
  }

  get totalBytes(): number {
    return this.bytes
  }

  get(key: string): V | undefined {
    const entry = this.entries.get(key)
    if (!entry) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.value
  }

  /** Stores `value` unless it alone would take more than an eighth of the budget; evicts the oldest. */
  set(key: string, value: V): boolean {
    const size = this.sizeOf(value)
    this.delete(key)
    if (size > this.maxBytes / 8) return false
    this.entries.set(key, { value, size })
    this.bytes += size
    while (this.entries.size > this.maxEntries || this.bytes > this.maxBytes) {
      const oldest = this.entries.keys().next().value as string
      this.delete(oldest)
    }
    return true
  }

  delete(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.bytes -= entry.size
  }

  clear(): void {
    this.entries.clear()
    this.bytes = 0
  }
}
