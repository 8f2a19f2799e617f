/**
 * A second app instance for tests: the fast public server alone (no Next.js), on the database named
 * by DATABASE_URL, listening on a free port of 127.0.0.1. Prints `PUBLIC_INSTANCE_READY <port>`.
 * Started on plain Node (scripts/node-run.mjs) by tests that check what another instance sees.
 */
import http from 'node:http'

const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { matchPublicRoute } = await import('@/modules/delivery/registry')
const { publicRequestListener } = await import('@/modules/delivery/cache/nodeListener')

const payload = await getPayload({ config })
const server = http.createServer(publicRequestListener({ payload, matchRoute: matchPublicRoute }))
server.listen(0, '127.0.0.1', () => {
  const address = server.address() as { port: number }
  console.log(`PUBLIC_INSTANCE_READY ${address.port}`)
})
// Held open until the test stops it (node-run exits when the script's module finishes otherwise).
await new Promise<void>((resolve) => process.once('SIGTERM', () => resolve()))
process.exit(0)
