import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import type { UnitReport } from '@/payload-types'
import { slugs } from '@/platform/slugs'
import { localDay } from '@/platform/time'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

/**
 * A new report's defaults: the reporter's unit, the one current plan reaching it and that plan's
 * next period due; nothing guessed when the plan is ambiguous or there is none. They are the same
 * defaults the admin's create form shows (Payload fills both from the fields' `defaultValue`).
 */
let app: TestApp
let tree: Tree
let planA: number
const token: Record<string, string> = {}
const sys = { overrideAccess: true, depth: 0 } as const
// The plan year is the current one, so the test holds whenever it runs.
const year = Number(localDay(new Date()).slice(0, 4))

const plan = async (number: string, root: number) =>
  (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number,
        title: `Kế hoạch ${number}`,
        issuingUnit: tree.province,
        issueDate: `${year}-01-05T12:00:00.000Z`,
        year,
        participatingRoot: root,
        // H1's figures are in; its report is taken until the end of January next year. The year runs.
        reportDeadlines: [
          { period: 'H1', deadline: `${year + 1}-01-31T10:00:00.000Z` },
          { period: 'Y', deadline: `${year + 1}-02-28T10:00:00.000Z` },
        ],
        requiredFigures: ['feedbackReceived'],
      },
      ...sys,
    })
  ).id as number

const create = (who: string, body: Record<string, unknown>) =>
  app.rest('POST', `/${slugs.unitReports}?depth=0`, { token: token[who], body })

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  planA = await plan('1/KH-A', tree.province)
  // A second plan of the year for the commune B1 only: B1 has two plans, A1 still one.
  await plan('2/KH-B', tree.communeB1)
  for (const [email, unit] of [
    ['reporter.a1@test.vn', tree.communeA1],
    ['reporter.b1@test.vn', tree.communeB1],
    ['reporter.centre@test.vn', tree.centreA1],
  ] as const) {
    await createUser(app.payload, email, ['reporter'], unit)
    token[email] = await app.login(email, PASSWORD)
  }
}, 120_000)

afterAll(async () => {
  await app?.destroy()
})

describe('a new report’s defaults', () => {
  it('fill the unit, the one plan and its next period due, then the period after it', async () => {
    const first = await create('reporter.a1@test.vn', { figures: { feedbackReceived: 3 } })
    expect(first.status).toBe(201)
    const { doc } = (await first.json()) as { doc: UnitReport }
    expect([doc.unit, doc.plan, doc.period, doc.status]).toEqual([
      tree.communeA1,
      planA,
      'H1',
      'draft',
    ])
    // Sent: H1 is no longer due, the year is.
    const sent = await app.rest('PATCH', `/${slugs.unitReports}/${doc.id}`, {
      token: token['reporter.a1@test.vn'],
      body: { status: 'submitted' },
    })
    expect(sent.status).toBe(200)
    const second = await create('reporter.a1@test.vn', {})
    expect(second.status).toBe(201)
    const next = ((await second.json()) as { doc: UnitReport }).doc
    expect([next.plan, next.period]).toEqual([planA, 'Y'])
  })

  it('guess no plan when two plans reach the unit, and say the plan is missing', async () => {
    // Told the period, the plan is still not guessed; told nothing, neither is the period.
    const res = await create('reporter.b1@test.vn', { period: 'H1' })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('"path":"plan"')
    const none = await create('reporter.b1@test.vn', {})
    expect(none.status).toBe(400)
    expect(JSON.stringify(await none.json())).toContain('"path":"period"')
    expect(
      (
        await app.payload.count({
          collection: slugs.unitReports,
          where: { unit: { equals: tree.communeB1 } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('guess no plan for a unit no plan asks to report, but keep its own unit', async () => {
    const res = await create('reporter.centre@test.vn', { plan: planA })
    expect(res.status).toBe(400)
    const body = JSON.stringify(await res.json())
    expect(body).toContain('"path":"period"')
    expect(body).not.toContain('"path":"unit"')
  })
})
