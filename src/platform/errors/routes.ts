import { t } from '@/platform/i18n'
import { languageOfHeaders } from '@/platform/i18n/catalog'
import type { CoreMessageKey } from '@/platform/i18n/core'
import type { MessageParams } from '@/platform/i18n/catalog'

import { readJsonBody, type BodyProblem } from './body'
import { inRequestScope, REQUEST_ID_HEADER, requestIdFor } from './requestScope'
import { refusalText } from './answers'

type RouteHandler<C> = (request: Request, context: C) => Promise<Response>

const textFor = (request: Request, key: CoreMessageKey, params?: MessageParams) =>
  t({ i18n: { language: languageOfHeaders(request.headers) } }, key, params)

const json = (body: unknown, status: number, requestId: string) =>
  Response.json(body, {
    status,
    headers: { [REQUEST_ID_HEADER]: requestId, 'Cache-Control': 'no-store' },
  })

const refusal = (request: Request, problem: BodyProblem, requestId: string, graphql: boolean) => {
  const message = textFor(request, problem.key, problem.params)
  return json(
    graphql
      ? { errors: [{ message, extensions: { statusCode: problem.status } }] }
      : { errors: [{ message }], message },
    problem.status,
    requestId,
  )
}

/** The last line of defence: whatever escaped Payload's own handling answers as a fault with an id. */
const fault = (request: Request, error: unknown, requestId: string) => {
  console.error(
    JSON.stringify({ level: 'error', requestId, method: request.method, url: request.url }),
    error,
  )
  const message = textFor(request, 'error.fault', { id: requestId })
  return json({ errors: [{ message, requestId }], message }, 500, requestId)
}

const tagged = (response: Response, requestId: string): Response => {
  try {
    response.headers.set(REQUEST_ID_HEADER, requestId)
  } catch {
    // A response with immutable headers keeps them; the id is only a convenience there.
  }
  return response
}

/** Payload answers an unknown REST route with an English text of its own. */
const translateRouteNotFound = async (request: Request, response: Response) => {
  if (response.status !== 404 || !response.headers.get('content-type')?.includes('json'))
    return response
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { message?: unknown } | null
  if (typeof body?.message !== 'string' || !body.message.startsWith('Route not found'))
    return response
  const language = languageOfHeaders(request.headers)
  const message = refusalText({ i18n: { language } }, body.message)
  return new Response(JSON.stringify({ errors: [{ message }], message }), {
    status: 404,
    headers: response.headers,
  })
}

/**
 * Wraps a Payload route handler (REST or GraphQL): every request gets an id (in its log lines and
 * its answer's X-Request-Id), a JSON body is checked before Payload sees it (malformed, not an
 * object, too large, too deep: 4xx in the caller's language), and nothing escapes as Next's bare 500.
 */
const guarded =
  <C>(handler: RouteHandler<C>, graphql: boolean): RouteHandler<C> =>
  (request, context) => {
    const requestId = requestIdFor(request.headers)
    return inRequestScope(requestId, async () => {
      try {
        const checked = await readJsonBody(request, { graphql })
        if ('problem' in checked) return refusal(request, checked.problem, requestId, graphql)
        const response = await handler(checked.request, context)
        return tagged(
          graphql ? response : await translateRouteNotFound(request, response),
          requestId,
        )
      } catch (error) {
        return fault(request, error, requestId)
      }
    })
  }

/** Payload's REST handlers, guarded. */
export const guardedRest = <C>(handler: RouteHandler<C>): RouteHandler<C> => guarded(handler, false)

/** Payload's GraphQL handler, guarded (the body must also be a GraphQL request). */
export const guardedGraphql = <C>(handler: RouteHandler<C>): RouteHandler<C> =>
  guarded(handler, true)
