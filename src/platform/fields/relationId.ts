/** The id behind a relationship value, whether it is populated or not. */
export const relationId = (value: unknown): number | string | null => {
  if (value === null || value === undefined || value === '') return null
  if (typeof value === 'object') {
    const id = (value as { id?: unknown }).id
    return typeof id === 'number' || typeof id === 'string' ? id : null
  }
  return typeof value === 'number' || typeof value === 'string' ? value : null
}

/**
 * An id as the generated types spell it. They are generated against SQLite, where ids are numbers;
 * on MongoDB they are strings. The value is passed through unchanged: this only restates its type.
 */
export const storedId = (id: number | string): number => id as number

/** An id as the database keeps it, whatever form it arrived in (the compliance engine works with text ids). */
export const nativeId = (
  payload: { db: { defaultIDType: 'number' | 'text' } },
  id: number | string,
): number => storedId(payload.db.defaultIDType === 'number' ? Number(id) : String(id))
