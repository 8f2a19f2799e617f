/**
 * Pure checks of raw input values, before any framework code sees them. Safe in client components.
 */

export const isPlainObject = (value: unknown): value is Record<string, unknown> => {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** Whether `value` nests objects or arrays deeper than `max` levels (walked without recursion). */
export const nestingExceeds = (value: unknown, max: number): boolean => {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!
    if (current === null || typeof current !== 'object') continue
    if (depth >= max) return true
    for (const child of Object.values(current)) stack.push({ value: child, depth: depth + 1 })
  }
  return false
}

/**
 * `value` with every string in it (object keys aside) in Unicode NFC, the form Vietnamese text is
 * stored, compared and slugged in: "ệ" typed on a Mac (NFD, e + two marks) and on Windows (one code
 * point) are then the same text. Walked without recursion; the structure is kept, strings replaced.
 */
export const toNfc = <T>(value: T): T => {
  if (typeof value === 'string') return value.normalize('NFC') as T
  if (value === null || typeof value !== 'object') return value
  const stack: object[] = [value as object]
  const seen = new Set<object>()
  while (stack.length > 0) {
    const current = stack.pop()!
    if (seen.has(current)) continue
    seen.add(current)
    if (!Array.isArray(current) && !isPlainObject(current)) continue
    const record = current as Record<string, unknown>
    for (const key of Object.keys(record)) {
      const child = record[key]
      if (typeof child === 'string') {
        const normal = child.normalize('NFC')
        if (normal !== child) record[key] = normal
      } else if (child !== null && typeof child === 'object') stack.push(child)
    }
  }
  return value
}

const ISO_DATE =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?)?$/

const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate()

/**
 * A date as the API accepts it: ISO 8601 (a day, or a day and time with an optional offset) that
 * names a real moment. JavaScript's own parser rolls "2026-02-30" over to 2 March; this refuses it.
 */
export const parseStrictDate = (value: unknown): Date | null => {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value
  if (typeof value !== 'string') return null
  const match = ISO_DATE.exec(value.trim())
  if (!match) return null
  const [, y, mo, d, h = '0', mi = '0', s = '0', zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return null
  if (zone && zone !== 'Z') {
    const offset = zone.replace(':', '')
    if (Number(offset.slice(1, 3)) > 14 || Number(offset.slice(3)) > 59) return null
  }
  const date = new Date(value.trim())
  return Number.isNaN(date.getTime()) ? null : date
}

/** A number sent as text the way JSON would write it ("12", "-3.5"): Payload reads such strings. */
export const isNumericText = (value: string): boolean =>
  /^\s*-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(value)
