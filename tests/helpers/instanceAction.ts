/**
 * Another app instance doing one thing on the database named by DATABASE_URL through the Local API
 * (hooks and all, as an instance serving an admin would), then exiting. Prints `DONE` once its work is
 * committed. Run on plain Node by scripts/node-run.mjs from multi-instance tests.
 *   ACTION=renameUnit       UNIT_ID, UNIT_NAME
 *   ACTION=schedulePublish  ARTICLE_ID, AT (ISO time), USER_ID — what the admin's "schedule publish" queues
 */
import fs from 'node:fs'

const keepAlive = setInterval(() => undefined, 1000)
const { getPayload } = await import('payload')
const { default: config } = await import('@payload-config')
const { slugs } = await import('@/platform/slugs')

const payload = await getPayload({ config })
const env = process.env
if (env.ACTION === 'renameUnit') {
  await payload.update({
    collection: slugs.units,
    id: Number(env.UNIT_ID),
    data: { name: env.UNIT_NAME },
    overrideAccess: true,
  })
} else if (env.ACTION === 'schedulePublish') {
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: {
      type: 'publish',
      doc: { relationTo: slugs.articles, value: String(env.ARTICLE_ID) as never },
      user: { relationTo: slugs.users, value: Number(env.USER_ID) },
    },
    waitUntil: new Date(env.AT!),
  })
} else throw new Error(`unknown ACTION ${env.ACTION}`)
fs.writeSync(1, 'DONE\n')
await payload.destroy()
clearInterval(keepAlive)
process.exit(0)
