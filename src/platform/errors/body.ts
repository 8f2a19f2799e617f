import type { MessageParams } from '@/platform/i18n/catalog'
import type { CoreMessageKey } from '@/platform/i18n/core'
import { isPlainObject, nestingExceeds } from '@/platform/input/values'

/** The largest JSON body the API reads: a long article's rich text is a few hundred kilobytes. */
export const MAX_JSON_BYTES = 4 * 1024 * 1024
/** The deepest nesting a JSON body may have; rich text and filters stay far below it. */
export const MAX_JSON_DEPTH = 64

export type BodyProblem = { status: number; key: CoreMessageKey; params?: MessageParams }
type Checked = { request: Request } | { problem: BodyProblem }

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`

const tooLarge = (size: number): { problem: BodyProblem } => ({
  problem: {
    status: 413,
    key: 'input.tooLarge',
    params: { size: megabytes(size), max: megabytes(MAX_JSON_BYTES) },
  },
})

/** The body's text, or the byte count at which it passed the limit. */
const readCapped = async (request: Request): Promise<string | number> => {
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_JSON_BYTES) {
      await reader.cancel().catch(() => undefined)
      return size
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

const isJson = (request: Request) =>
  (request.headers.get('content-type') ?? '').split(';', 1)[0]?.trim().toLowerCase() ===
  'application/json'

/**
 * Checks a JSON request body before Payload parses it: its size (413), its syntax, that it is one
 * object, and how deep it nests (400). The request handed on carries the same body. Other content
 * types (uploads, CSV imports) are left to the handlers that read them.
 */
export const readJsonBody = async (
  request: Request,
  { graphql }: { graphql: boolean },
): Promise<Checked> => {
  if (!['POST', 'PUT', 'PATCH'].includes(request.method.toUpperCase()) || !isJson(request))
    return { request }
  const declared = Number(request.headers.get('content-length'))
  if (Number.isFinite(declared) && declared > MAX_JSON_BYTES) return tooLarge(declared)
  const text = await readCapped(request)
  if (typeof text === 'number') return tooLarge(text)
  let value: unknown = {}
  if (text.trim() !== '') {
    try {
      value = JSON.parse(text)
    } catch (error) {
      return error instanceof RangeError
        ? { problem: { status: 400, key: 'input.tooDeep', params: { max: MAX_JSON_DEPTH } } }
        : { problem: { status: 400, key: 'input.invalidJson' } }
    }
  }
  if (!isPlainObject(value)) return { problem: { status: 400, key: 'input.bodyNotObject' } }
  if (nestingExceeds(value, MAX_JSON_DEPTH))
    return { problem: { status: 400, key: 'input.tooDeep', params: { max: MAX_JSON_DEPTH } } }
  if (graphql) {
    const { query, variables, operationName } = value
    const valid =
      typeof query === 'string' &&
      (variables === undefined || variables === null || isPlainObject(variables)) &&
      (operationName === undefined || operationName === null || typeof operationName === 'string')
    if (!valid) return { problem: { status: 400, key: 'input.graphqlBody' } }
  }
  const headers = new Headers(request.headers)
  headers.delete('content-length')
  return {
    request: new Request(request.url, {
      method: request.method,
      headers,
      body: text,
      signal: request.signal,
    }),
  }
}
