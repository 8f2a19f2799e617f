import type { CollectionSlug, PayloadRequest } from 'payload'

type Id = number | string

/** A new document whose id the caller chose (see `createMany`). */
export type NewDocument = { id: Id; data: Record<string, unknown> }

/** What the SQL adapters (SQLite, Postgres) offer beyond Payload's adapter interface. */
type SqlAdapter = {
  tables: Record<string, Record<string, unknown>>
  tableNameMap: Map<string, string>
  sessions?: Record<string, { db: unknown }>
  drizzle: unknown
  insert: (args: {
    db: unknown
    tableName: string
    values: Record<string, unknown>[]
  }) => Promise<unknown>
}

/** A table name as the SQL adapters make them from slugs and field names ("unit-lineage", "contactEmails"). */
const snake = (name: string) =>
  name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/-/g, '_')
    .toLowerCase()

/** Rows per INSERT: well under SQLite's limit of bound values with a few dozen columns. */
const CHUNK = 400

/**
 * Writes many new documents of one collection, with the ids and field values given as they are
 * stored (no hooks, no validation: the caller checked everything, like an import's plan). On the SQL
 * adapters each table — the collection's and each of its top-level arrays' — gets one multi-row
 * INSERT per few hundred documents, through the adapter's own tables and inside the request's
 * transaction; elsewhere (MongoDB) each document is one `payload.db.create`. Only top-level columns
 * and top-level arrays of simple fields are written this way; the caller keeps to those.
 */
export const createMany = async (
  req: PayloadRequest,
  collection: CollectionSlug,
  documents: readonly NewDocument[],
): Promise<void> => {
  if (documents.length === 0) return
  const adapter = req.payload.db as unknown as Partial<SqlAdapter>
  if (typeof adapter.insert !== 'function' || !adapter.tables || !adapter.tableNameMap) {
    for (const { id, data } of documents)
      await req.payload.db.create({ collection, customID: id, data, req, returning: false })
    return
  }
  // The SQL adapters are known to have these (checked above); Payload does not type them.
  const sql = adapter as SqlAdapter
  const tableName = sql.tableNameMap.get(snake(collection)) ?? snake(collection)
  const table = sql.tables[tableName]
  if (!table) throw new Error(`No table for ${collection}`)
  const arrays = req.payload.collections[collection].config.fields.flatMap((field) =>
    field.type === 'array' && 'name' in field ? [field.name] : [],
  )
  const db =
    (req.transactionID !== undefined && sql.sessions?.[String(await req.transactionID)]?.db) ||
    sql.drizzle
  const rows: Record<string, unknown>[] = []
  const arrayRows = new Map<string, Record<string, unknown>[]>()
  for (const { id, data } of documents) {
    const row: Record<string, unknown> = { id }
    for (const [key, value] of Object.entries(data))
      if (!arrays.includes(key) && key in table && value !== undefined) row[key] = value
    rows.push(row)
    for (const name of arrays) {
      const items = data[name]
      if (!Array.isArray(items) || items.length === 0) continue
      const arrayTable = sql.tableNameMap.get(`${tableName}_${snake(name)}`)!
      const list = arrayRows.get(arrayTable) ?? []
      items.forEach((item: Record<string, unknown>, index) =>
        list.push({ ...item, _order: index + 1, _parentID: id }),
      )
      arrayRows.set(arrayTable, list)
    }
  }
  const insert = async (name: string, values: Record<string, unknown>[]) => {
    for (let i = 0; i < values.length; i += CHUNK)
      await sql.insert({ db, tableName: name, values: values.slice(i, i + CHUNK) })
  }
  await insert(tableName, rows)
  for (const [name, values] of arrayRows) await insert(name, values)
}
