import type { DefaultValue, PayloadRequest } from 'payload'

import { nativeId } from './relationId'

type Reader = (text: string, req: PayloadRequest) => unknown

const queryText = (req: PayloadRequest | undefined, name: string): string | null => {
  const value = (req?.query as Record<string, unknown> | undefined)?.[name]
  return typeof value === 'string' && value.length <= 100 ? value : null
}

/**
 * A field's default read from the address of the admin's create page
 * (`/admin/collections/airings/create?item=12&occurrenceAt=…`): a link from another view opens a form
 * already filled in. The admin builds a new document's form with the page's query in `req.query`.
 * A value that does not read is no default; the saved document goes through every usual check.
 */
const fromQuery = (name: string, read: Reader): DefaultValue =>
  // Payload's type wants a value; `undefined` is what its own getDefaultValue treats as "no default".
  (({ req }: { req: PayloadRequest }) => {
    const text = queryText(req, name)
    return text === null ? undefined : read(text, req)
  }) as unknown as DefaultValue

// Ids are numbers on SQLite, 24 hex digits on MongoDB.
const ID_TEXT = /^(?:\d{1,15}|[0-9a-f]{24})$/i

/** A relationship's default from the query: the id, in the database's own type. */
export const idFromQuery = (name: string): DefaultValue =>
  fromQuery(name, (text, req) => (ID_TEXT.test(text) ? nativeId(req.payload, text) : undefined))

/** A date's default from the query: any instant JavaScript reads, stored as UTC ISO text. */
export const instantFromQuery = (name: string): DefaultValue =>
  fromQuery(name, (text) => {
    const time = Date.parse(text)
    return Number.isNaN(time) ? undefined : new Date(time).toISOString()
  })
