/**
 * The data of `npm run bench:rush` (scripts/bench/rush.ts runs this in a process of its own): a
 * province with four districts and BENCH_REPORTERS communes, each with its commune radio station, two daily segments on
 * it since 1 January and one reporter; a plan whose fourth-quarter report is still open. Written on
 * the database of DATABASE_URL; prints BENCH_SEED_DONE and the ids the load needs as JSON.
 */
import fs from 'node:fs'

import { commitTransaction, createLocalReq, getPayload, initTransaction } from 'payload'
import { migrationsFor } from '@/platform/config/database'
import { resolveDatabase } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'

import config from '@payload-config'

// Native database calls do not always hold the event loop open; this does until the seed is done.
const keepAlive = setInterval(() => undefined, 1000)
const REPORTERS = Number(process.env.BENCH_REPORTERS ?? 64)
export const RUSH_PASSWORD = 'BaoCao@Rush2026'

const payload = await getPayload({ config })
await payload.db.migrate({ migrations: migrationsFor(resolveDatabase(process.env)) })

// One transaction for the whole seed: the data is what staff make, without a disk sync per document.
const req = await createLocalReq({}, payload)
await initTransaction(req)
const system = { req, overrideAccess: true, depth: 0 } as const
const id = (doc: { id: number | string }) => doc.id as number
const year = new Date().getFullYear()
const province = id(
  await payload.create({
    collection: slugs.units,
    data: { name: 'UBND tỉnh Hạn Chót', code: 'HC', level: 'province' },
    ...system,
  }),
)
const plan = id(
  await payload.create({
    collection: slugs.campaignPlans,
    data: {
      number: '1/KH-UBND',
      title: 'Tuyên truyền CCHC (đo tải)',
      issuingUnit: province,
      issueDate: `${year - 1}-12-28T00:00:00.000Z`,
      year,
      participatingRoot: province,
      reportDeadlines: [{ period: 'Q4', deadline: `${year + 1}-01-15T10:00:00.000Z` }],
      requiredFigures: ['proceduresPostedPct'],
    },
    ...system,
  }),
)
const districts: number[] = []
for (let d = 1; d <= 4; d++)
  districts.push(
    id(
      await payload.create({
        collection: slugs.units,
        data: { name: `UBND huyện ${d}`, code: `HC-H${d}`, level: 'district', parent: province },
        ...system,
      }),
    ),
  )
const reporters: { email: string; unit: number; items: number[] }[] = []
for (let n = 1; n <= REPORTERS; n++) {
  const unit = id(
    await payload.create({
      collection: slugs.units,
      data: {
        name: `UBND xã ${n}`,
        code: `HC-X${n}`,
        level: 'commune',
        parent: districts[n % districts.length],
        hasRadioStation: true,
      },
      ...system,
    }),
  )
  const outlet = id(
    await payload.create({
      collection: slugs.outlets,
      data: {
        name: `Trạm truyền thanh xã ${n}`,
        kind: 'communeStation',
        channels: ['communeRadio'],
        unit,
        reminderLeadHours: 0,
      },
      ...system,
    }),
  )
  const items: number[] = []
  for (const hour of ['06:30', '17:00'])
    items.push(
      id(
        await payload.create({
          collection: slugs.broadcastItems,
          data: {
            title: `Chuyên mục CCHC ${hour}`,
            outlet,
            channel: 'communeRadio',
            start: `${year}-01-01T${hour}:00+07:00`,
            durationMinutes: 15,
            recurrence: 'daily',
            repeatUntil: `${year}-12-31T23:59:00+07:00`,
          },
          ...system,
        }),
      ),
    )
  const email = `baocao.${n}@hanchot.vn`
  await payload.create({
    collection: slugs.users,
    data: {
      email,
      password: RUSH_PASSWORD,
      name: `Báo cáo viên xã ${n}`,
      roles: ['reporter'],
      unit,
    },
    ...system,
  })
  reporters.push({ email, unit, items })
}
await commitTransaction(req)
fs.writeSync(1, `BENCH_SEED_DONE ${JSON.stringify({ plan, reporters })}\n`)
await payload.destroy()
clearInterval(keepAlive)
process.exit(0)
