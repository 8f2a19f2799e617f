import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'
import type { PublicRoute } from '@/modules/delivery/types'
import {
  answerFromCache,
  deliver,
  errorResponse,
  type DeliveryRequest,
  type DeliveryResponse,
} from './deliver'

type Listener = (req: IncomingMessage, res: ServerResponse) => void

const headerOf = (req: IncomingMessage) => (name: string) => {
  const value = req.headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

const requestOf = (req: IncomingMessage, rawTarget: string): DeliveryRequest => {
  let url: URL
  try {
    url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`)
  } catch {
    url = new URL(req.url ?? '/', 'http://localhost')
  }
  return {
    method: req.method ?? 'GET',
    url,
    rawTarget,
    header: headerOf(req),
    headers: () => {
      const headers = new Headers()
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
      }
      return headers
    },
  }
}

/**
 * The fast path: a node:http listener that answers the public routes (API, feeds, widget) through the
 * delivery layer, mostly straight from the response cache, and hands every other request to
 * `fallback` (Next.js in production). Public reads so skip the framework's request pipeline, which
 * on two cores tops out near a thousand requests a second even for fixed bytes.
 */
export const publicRequestListener = (options: {
  payload: Payload
  matchRoute: (pathname: string) => PublicRoute | undefined
  fallback?: Listener
}): Listener => {
  const { payload, matchRoute, fallback } = options
  return (req, res) => {
    const raw = req.url ?? '/'
    const method = req.method ?? 'GET'
    const send = (response: DeliveryResponse) => {
      res.writeHead(response.status, response.headers)
      if (method === 'HEAD' || response.status === 304 || response.status === 204) res.end()
      else res.end(response.body)
    }
    // Most public reads end here: a target seen before, answered from the cache without parsing it.
    const rawTarget = `${req.headers.host ?? ''} ${raw}`
    const cached = answerFromCache(method, rawTarget, headerOf(req))
    if (cached) {
      send(cached)
      return
    }
    const query = raw.indexOf('?')
    const isRead = method === 'GET' || method === 'HEAD' || method === 'OPTIONS'
    if (!isRead || !matchRoute(query === -1 ? raw : raw.slice(0, query))) {
      if (fallback) fallback(req, res)
      else send(errorResponse(404, 'notFound', 'delivery.notFound'))
      return
    }
    deliver(payload, requestOf(req, rawTarget), matchRoute).then(send, (error: unknown) => {
      payload.logger.error({ err: error, msg: `public delivery failed for ${raw}` })
      if (res.headersSent) res.destroy()
      else send(errorResponse(500, 'serverError', 'delivery.serverError'))
    })
  }
}
