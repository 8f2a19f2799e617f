import type { FieldHook } from 'payload'

/**
 * Stores a date as UTC ISO text whatever offset it was sent with ("2026-11-30T06:30:00+07:00" →
 * "2026-11-29T23:30:00.000Z"). Range queries compare the stored text, so a value kept with its
 * offset would sort wrongly against every other; unparseable values are left for validation.
 */
export const normaliseDate: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value === '') return value
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}
