/**
 * Another app instance making one change on the database named by DATABASE_URL, then exiting: renames
 * the unit UNIT_ID to UNIT_NAME through the Local API (hooks and all, as an instance serving an admin
 * would). Prints `CHANGED` once the change is committed. Started with tsx by multi-instance tests.
 */
import fs from 'node:fs'

const keepAlive = setInterval(() => undefined, 1000)
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { slugs } = await import('@/platform/slugs')

const payload = await getPayload({ config })
await payload.update({
  collection: slugs.units,
  id: Number(process.env.UNIT_ID),
  data: { name: process.env.UNIT_NAME },
  overrideAccess: true,
})
fs.writeSync(1, 'CHANGED\n')
await payload.destroy()
clearInterval(keepAlive)
process.exit(0)
