/**
 * The production server (`npm start` runs it after building, migrating and seeding): one node:http
 * server in front of Next.js. The public API, feeds and widget (the routes of src/modules/delivery/registry.ts)
 * take the fast path — the delivery layer and its response cache, without Next's request pipeline —
 * and every other request (admin, Payload REST and GraphQL, health) goes to Next's own handler.
 * `next start` still works and serves the same public routes through Next's route handlers.
 *
 * Plain JavaScript run by plain Node: the fast path itself comes compiled in the Next.js build
 * (src/modules/delivery/cache/fastPath.ts, handed over by instrumentation.ts), so starting loads no
 * TypeScript through a loader, which now and then stalls or ends silently on this stack.
 */
import http from 'node:http'
import next from 'next'

import {
  CLIENT_ADDRESS_HEADER,
  CLIENT_PROTO_HEADER,
  resolveClient,
  trustedHops,
} from './clientAddress.mjs'
import { securityHeaders, secureCookies } from './securityHeaders.mjs'

const FAST_PATH = Symbol.for('cchc.publicDelivery.fastPath')
process.env.CCHC_FAST_PATH = '1'
const port = Number(process.env.PORT || 3000)

const server = http.createServer()
// Keep-alive longer than common proxies' idle timeouts, so they never reuse a socket we just closed.
server.keepAliveTimeout = 65_000

const app = next({
  dev: false,
  dir: process.cwd(),
  port,
  hostname: 'localhost',
  httpServer: server,
})
const handleNext = app.getRequestHandler()
await app.prepare()

/** @type {(req: http.IncomingMessage, res: http.ServerResponse) => void} */
const toNext = (req, res) => {
  handleNext(req, res).catch((error) => {
    console.error(`request failed: ${req.method} ${req.url}`, error)
    if (!res.headersSent) {
      res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' })
      res.end('Máy chủ gặp lỗi. / The server failed.')
    } else res.destroy()
  })
}

/**
 * Next runs instrumentation.ts (which hands over the fast path) when it handles its first request,
 * not in prepare(); until then every request goes to Next, which serves public routes correctly too.
 * @type {((req: http.IncomingMessage, res: http.ServerResponse) => void) | null}
 */
let fast = null
const hops = trustedHops(process.env.TRUST_PROXY)
server.on('request', (req, res) => {
  // The client as the app will see it, whatever a caller sent under these names.
  const client = resolveClient({
    socketAddress: req.socket.remoteAddress,
    forwardedFor: req.headers['x-forwarded-for'],
    forwardedProto: req.headers['x-forwarded-proto'],
    encrypted: Boolean(/** @type {{ encrypted?: boolean }} */ (req.socket).encrypted),
    hops,
  })
  req.headers[CLIENT_ADDRESS_HEADER] = client.address
  req.headers[CLIENT_PROTO_HEADER] = client.protocol
  // Every answer, the fast path's included, carries the security headers; a handler may still
  // set its own (a file's disposition). Cookies get `Secure` when the client came over https.
  const https = client.protocol === 'https'
  const path = (req.url ?? '/').split('?')[0] ?? '/'
  for (const [name, value] of Object.entries(securityHeaders({ path, https })))
    res.setHeader(name, value)
  if (https) {
    const setHeader = res.setHeader.bind(res)
    res.setHeader = (name, value) =>
      setHeader(name, name.toLowerCase() === 'set-cookie' ? secureCookies(value) : value)
    const writeHead = res.writeHead.bind(res)
    res.writeHead = (/** @type {any[]} */ ...args) => {
      const cookies = res.getHeader('set-cookie')
      if (cookies !== undefined) setHeader('set-cookie', secureCookies(cookies))
      const headers = args.find((arg) => arg && typeof arg === 'object')
      if (headers && !Array.isArray(headers))
        for (const key of Object.keys(headers))
          if (key.toLowerCase() === 'set-cookie') headers[key] = secureCookies(headers[key])
      return writeHead(...args)
    }
  }
  if (!fast && globalThis[FAST_PATH]) fast = globalThis[FAST_PATH].listener(toNext)
  ;(fast ?? toNext)(req, res)
})
server.listen(port, async () => {
  // The first request makes Next run instrumentation.ts.
  await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => undefined)
  const ready = Boolean(globalThis[FAST_PATH])
  if (!ready)
    console.warn('» The fast path is missing from the build; public routes go through Next.js.')
  console.log(
    `» Listening on port ${port} (public API, feeds and widget on the ${ready ? 'fast path' : 'Next.js path'}; the rest through Next.js)`,
  )
})

let closing = false
/** @param {NodeJS.Signals} signal */
const shutdown = (signal) => {
  if (closing) return
  closing = true
  globalThis[FAST_PATH]?.stop()
  server.close()
  server.closeIdleConnections()
  void app.close().finally(() => process.exit(signal === 'SIGINT' ? 130 : 0))
  // Connections that stay busy must not hold the exit forever.
  setTimeout(() => process.exit(0), 5000).unref()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
