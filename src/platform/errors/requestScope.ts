import { AsyncLocalStorage } from 'node:async_hooks'
import { randomBytes } from 'node:crypto'

import { processState } from '@/platform/processState'

type RequestScope = { id: string }

/** One store per process: the route handlers and Payload's logger may be separate bundle copies. */
const store = processState('requestScope', () => new AsyncLocalStorage<RequestScope>())

/** An id a proxy in front of us already gave the request (nginx `$request_id`, say) is kept. */
const FORWARDED_ID = /^[A-Za-z0-9._-]{8,64}$/

export const REQUEST_ID_HEADER = 'x-request-id'

/** The request's id: the one a trusted proxy forwarded, or a new one. */
export const requestIdFor = (headers: Headers): string => {
  const forwarded = headers.get(REQUEST_ID_HEADER)
  return forwarded && FORWARDED_ID.test(forwarded) ? forwarded : randomBytes(8).toString('hex')
}

/** Runs `work` with `id` as the current request's id (read by the logger and the error answers). */
export const inRequestScope = <T>(id: string, work: () => T): T => store.run({ id }, work)

/** The id of the request being handled, if any. */
export const currentRequestId = (): string | undefined => store.getStore()?.id

/** Pino's `mixin`: every log line written while a request is handled names the request. */
export const requestLogFields = (): { requestId?: string } => {
  const id = currentRequestId()
  return id ? { requestId: id } : {}
}
