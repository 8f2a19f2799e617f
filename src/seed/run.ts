/**
 * `npm run seed` (and the first step of `npm start`): applies pending migrations, then loads the demo
 * data unless SEED_DEMO=false. Run on plain Node by scripts/node-run.mjs (`npm run seed`).
 */
import fs from 'node:fs'

import { getPayload } from 'payload'
import { migrationsFor } from '@/platform/config/database'
import { resolveDatabase, resolveSeedAdmin } from '@/platform/config/env'
import { seed } from './index'

import config from '@payload-config'

// Without a timer holding the event loop open, this script has ended mid-way with code 13 (an await
// that Node saw nothing pending for; seen in CI, cause not found), work left undone.
const keepAlive = setInterval(() => undefined, 1000)

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })
if (process.env.SEED_DEMO === 'false') {
  // console, not the async logger: the runner exits right after and would drop buffered lines.
  console.log('SEED_DEMO=false: migrations applied, demo data skipped')
} else {
  const report = await seed(payload, { admin: resolveSeedAdmin(process.env) })
  console.log(
    `Demo data: ${report.unitsCreated} units, ${report.usersCreated} users, ${report.mediaCreated} images, ${report.articlesCreated} articles, ${report.faqsCreated} FAQs, ${report.plansCreated} plans created (existing ones kept)`,
  )
}
await payload.destroy()
clearInterval(keepAlive)
// Written synchronously: the runner exits right after, which can drop buffered console output.
fs.writeSync(1, 'SEED_DONE\n')
