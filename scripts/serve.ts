/**
 * The production server (`npm start` runs it after building, migrating and seeding): one node:http
 * server in front of Next.js. The public API, feeds and widget (the routes of src/public/registry.ts)
 * take the fast path — the delivery layer and its response cache, without Next's request pipeline —
 * and every other request (admin, Payload REST and GraphQL, health) goes to Next's own handler.
 * `next start` still works and serves the same public routes through Next's route handlers.
 */
import http from 'node:http'
import next from 'next'
import { getPayload } from 'payload'

import config from '../payload.config'
import { resolvePort } from '../src/config/env'
import { stopWatching } from '../src/public/delivery/generation'
import { publicRequestListener } from '../src/public/delivery/nodeListener'
import { matchPublicRoute } from '../src/public/registry'

const port = resolvePort(process.env)

// Everything of ours is loaded and Payload started before Next.js prepares: Next patches process
// globals (timers, module resolution) that loading TypeScript modules afterwards should not meet.
// The fast path gets a Payload instance of its own (a separate cache key): the Next bundle carries
// its own copy of Payload's classes, and one instance shared across both copies would mix them.
const payload = await getPayload({ config, key: 'public-fast-path' })

const server = http.createServer()
// Keep-alive longer than common proxies' idle timeouts, so they never reuse a socket we just closed.
server.keepAliveTimeout = 65_000

const app = next({ dev: false, dir: process.cwd(), port, hostname: 'localhost', httpServer: server })
const handleNext = app.getRequestHandler()
await app.prepare()

server.on(
  'request',
  publicRequestListener({
    payload,
    matchRoute: matchPublicRoute,
    fallback: (req, res) => {
      handleNext(req, res).catch((error: unknown) => {
        payload.logger.error({ err: error, msg: `request failed: ${req.method} ${req.url}` })
        if (!res.headersSent) {
          res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
          res.end('Máy chủ gặp lỗi. / The server failed.')
        } else res.destroy()
      })
    },
  }),
)

server.listen(port, () => {
  console.log(`» Listening on port ${port} (public API, feeds and widget on the fast path; the rest through Next.js)`)
})

let closing = false
const shutdown = (signal: NodeJS.Signals) => {
  if (closing) return
  closing = true
  stopWatching()
  server.close()
  server.closeIdleConnections()
  void Promise.allSettled([app.close(), payload.destroy()]).finally(() => process.exit(signal === 'SIGINT' ? 130 : 0))
  // Connections that stay busy must not hold the exit forever.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
// A failure in one request must never take the server down with it.
process.on('unhandledRejection', (error) => payload.logger.error({ err: error, msg: 'unhandled rejection' }))
