import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { slugs } from '@/platform/slugs'
import { pruneAuditLog } from '@/modules/organisation/auditRetention'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
const token: Record<string, string> = {}
let planId: number

type Entry = {
  id: number
  action: string
  actorEmail?: string
  documentId?: string
  clientAddress?: string
  summary?: Record<string, unknown>
}

const sys = { overrideAccess: true, depth: 0 } as const

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'admin@nhatky.test', ['admin'], null)
  await createUser(app.payload, 'editor@nhatky.test', ['editor'], tree.province, {
    canPublish: true,
  })
  await createUser(app.payload, 'reviewer@nhatky.test', ['reviewer'], tree.province)
  await createUser(app.payload, 'reporter@nhatky.test', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'viewer.b@nhatky.test', ['viewer'], tree.communeB1)
  planId = (
    await app.payload.create({
      collection: slugs.campaignPlans,
      data: {
        number: '07/KH-UBND',
        title: 'Tuyên truyền CCHC năm 2026',
        issuingUnit: tree.province,
        issueDate: '2025-12-28T00:00:00.000Z',
        year: 2026,
        participatingRoot: tree.province,
        reportDeadlines: [{ period: 'Q4', deadline: '2099-01-10T10:00:00.000Z' }],
      },
      ...sys,
    })
  ).id as number
}, 180_000)
afterAll(async () => {
  await app?.destroy()
})

const signIn = async (email: string, password = PASSWORD) => {
  const res = await app.rest('POST', `/${slugs.users}/login`, {
    body: { email, password },
    headers: { [CLIENT_ADDRESS_HEADER]: '192.0.2.15' },
  })
  const json = (await res.json()) as { token?: string }
  if (json.token) token[email] = json.token
  return res.status
}

const entries = async (who = 'admin@nhatky.test'): Promise<Entry[]> => {
  const res = await app.rest('GET', `/${slugs.auditLog}?limit=500&sort=at&depth=0`, {
    token: token[who],
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { docs: Entry[] }).docs
}

describe('"a scripted day of work appears in the audit log"', () => {
  it('should record sign-ins, a role change, a publication, a report approval and an export', async () => {
    // Eight sign-ins (each a slow password hash) and a dozen writes.
    for (const email of [
      'admin@nhatky.test',
      'editor@nhatky.test',
      'reviewer@nhatky.test',
      'reporter@nhatky.test',
      'viewer.b@nhatky.test',
    ])
      expect(await signIn(email)).toBe(200)
    expect(await signIn('editor@nhatky.test', 'doan-sai-mat-khau')).toBe(401)

    const reporter = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: 'reporter@nhatky.test' } },
        ...sys,
      })
    ).docs[0]!
    const roleChange = await app.rest('PATCH', `/${slugs.users}/${reporter.id}`, {
      token: token['admin@nhatky.test'],
      body: { roles: ['reporter', 'viewer'] },
    })
    expect(roleChange.status).toBe(200)

    const { area } = await createTaxonomy(app.payload)
    const article = await app.rest('POST', `/${slugs.articles}`, {
      token: token['editor@nhatky.test'],
      body: {
        title: 'Tỉnh đẩy mạnh dịch vụ công trực tuyến',
        summary: 'Tóm tắt',
        body: richText('Nội dung bài viết.'),
        reformAreas: [area],
        unit: tree.province,
        _status: 'published',
      },
    })
    expect(article.status).toBe(201)

    const created = await app.rest('POST', `/${slugs.unitReports}`, {
      token: token['reporter@nhatky.test'],
      body: { plan: planId, unit: tree.communeA1, period: 'Q4', status: 'submitted' },
    })
    expect(created.status).toBe(201)
    const reportId = ((await created.json()) as { doc: { id: number } }).doc.id
    const approved = await app.rest('PATCH', `/${slugs.unitReports}/${reportId}`, {
      token: token['reviewer@nhatky.test'],
      body: { status: 'approved' },
    })
    expect(approved.status).toBe(200)

    const exported = await app.rest(
      'GET',
      `/${slugs.unitReports}/export?plan=${planId}&format=csv`,
      { token: token['reviewer@nhatky.test'] },
    )
    expect(exported.status).toBe(200)

    const log = await entries()
    const actions = log.map((entry) => `${entry.action} ${entry.actorEmail ?? ''}`)
    expect(actions).toEqual(
      expect.arrayContaining([
        'signIn.success admin@nhatky.test',
        'signIn.success editor@nhatky.test',
        'signIn.failure editor@nhatky.test',
        'user.rolesChanged admin@nhatky.test',
        'content.published editor@nhatky.test',
        'report.submitted reporter@nhatky.test',
        'report.approved reviewer@nhatky.test',
        'export.downloaded reviewer@nhatky.test',
      ]),
    )
    const failure = log.find((entry) => entry.action === 'signIn.failure')!
    expect(failure.clientAddress).toBe('192.0.2.15')
    const roles = log.find((entry) => entry.action === 'user.rolesChanged')!
    expect(roles.documentId).toBe(String(reporter.id))
    expect(roles.summary).toEqual({ before: ['reporter'], after: ['reporter', 'viewer'] })
  })

  it('should refuse every change or deletion of an entry, through REST and GraphQL', async () => {
    const [entry] = await entries()
    const admin = token['admin@nhatky.test']
    const patch = await app.rest('PATCH', `/${slugs.auditLog}/${entry!.id}`, {
      token: admin,
      body: { action: 'signOut' },
    })
    expect(patch.status).toBe(403)
    expect(
      (await app.rest('DELETE', `/${slugs.auditLog}/${entry!.id}`, { token: admin })).status,
    ).toBe(403)
    const bulk = await app.rest('DELETE', `/${slugs.auditLog}?where[id][exists]=true`, {
      token: admin,
    })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    const post = await app.rest('POST', `/${slugs.auditLog}`, {
      token: admin,
      body: { at: new Date().toISOString(), action: 'signOut' },
    })
    expect(post.status).toBe(403)
    const gql = await app.graphql(`mutation { deleteAuditLog(id: ${entry!.id}) { id } }`, {
      token: admin,
    })
    expect(gql.errors?.length).toBeGreaterThan(0)
    const after = await entries()
    expect(after.find((e) => e.id === entry!.id)).toEqual(entry)
  })

  it('should show viewers only their subtree’s entries, and nobody else any', async () => {
    const mine = await entries('viewer.b@nhatky.test')
    expect(mine.length).toBeGreaterThan(0)
    // Entries of communeB1 only: the viewer's own account and sign-ins, no one else's work.
    expect(mine.some((entry) => entry.action === 'signIn.success')).toBe(true)
    expect(
      mine.every((entry) => !entry.actorEmail || entry.actorEmail === 'viewer.b@nhatky.test'),
    ).toBe(true)
    const editor = await app.rest('GET', `/${slugs.auditLog}?limit=1`, {
      token: token['editor@nhatky.test'],
    })
    expect(((await editor.json()) as { docs?: unknown[] }).docs ?? []).toEqual([])
  })

  it('should export as CSV and JSON Lines, and record the export', async () => {
    const csv = await app.rest(
      'GET',
      `/${slugs.auditLog}/export?format=csv&action=signIn.failure`,
      {
        token: token['admin@nhatky.test'],
      },
    )
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    const lines = (await csv.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
    expect(lines[0]).toBe(
      'at,action,actorEmail,collection,documentId,summary,clientAddress,requestId',
    )
    expect(lines.slice(1).every((line) => line.includes(',signIn.failure,'))).toBe(true)
    const jsonl = await app.rest('GET', `/${slugs.auditLog}/export?format=jsonl`, {
      token: token['admin@nhatky.test'],
    })
    const rows = (await jsonl.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { action: string })
    expect(rows.some((row) => row.action === 'signIn.success')).toBe(true)
    const bad = await app.rest('GET', `/${slugs.auditLog}/export?format=xml`, {
      token: token['admin@nhatky.test'],
      headers: { 'Accept-Language': 'en' },
    })
    expect(bad.status).toBe(400)
    expect(((await bad.json()) as { message?: string }).message).toBe(
      'The format “xml” is not supported; use csv or jsonl.',
    )
    const log = await entries()
    expect(
      log.filter((entry) => entry.action === 'export.downloaded').length,
    ).toBeGreaterThanOrEqual(3)
  })

  it('should record webhooks registered, changed and removed, never with their secret', async () => {
    process.env.WEBHOOK_ALLOW_PRIVATE = 'true'
    try {
      const admin = { token: token['admin@nhatky.test'] }
      const made = await app.rest('POST', `/${slugs.webhooks}`, {
        ...admin,
        body: { name: 'Cổng xã A1', url: 'http://127.0.0.1:9/hook' },
      })
      expect(made.status).toBe(201)
      const { doc } = (await made.json()) as { doc: { id: number; secret: string } }
      const path = `/${slugs.webhooks}/${doc.id}`
      expect(
        (
          await app.rest('PATCH', path, {
            ...admin,
            body: { active: false, secret: 'b'.repeat(64) },
          })
        ).status,
      ).toBe(200)
      expect((await app.rest('DELETE', path, admin)).status).toBe(200)
      const log = (await entries()).filter(
        (entry) => entry.action === 'webhook.changed' && entry.documentId === String(doc.id),
      )
      expect(log.map((entry) => entry.summary?.operation)).toEqual(['create', 'update', 'delete'])
      expect(log[0]?.actorEmail).toBe('admin@nhatky.test')
      expect(log[1]?.summary).toEqual({
        operation: 'update',
        active: { before: true, after: false },
        secretChanged: true,
      })
      expect(JSON.stringify(log)).not.toContain(doc.secret)
      expect(JSON.stringify(log)).not.toContain('b'.repeat(64))
    } finally {
      delete process.env.WEBHOOK_ALLOW_PRIVATE
    }
  })

  it('should prune entries older than the retention period, and only those', async () => {
    const total = (await entries()).length
    const old = await app.payload.create({
      collection: slugs.auditLog,
      data: { at: '2024-01-01T00:00:00.000Z', action: 'signOut' },
      ...sys,
    })
    await pruneAuditLog(app.payload, new Date())
    const after = await entries()
    expect(after.find((entry) => entry.id === old.id)).toBeUndefined()
    expect(after.length).toBeGreaterThanOrEqual(total)
  })
})
