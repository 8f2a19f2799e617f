import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { LOCK_IDLE_SECONDS } from '@/platform/access/documentLocks'
import { jobsSlug, slugs } from '@/platform/slugs'

import { richText } from '../helpers/content'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { requestAs, startTestApp, type TestApp } from '../helpers/payload'
import { pollUntil } from '../helpers/poll'

/**
 * Issue 13, parts 7 and 8, through the API: locks that expire after ten idle minutes, the job
 * queue admins follow and retry, and the outbox's mail preview.
 */
let app: TestApp
let tree: Awaited<ReturnType<typeof createTree>>
let adminToken: string
let editorToken: string

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'admin@test.vn', ['admin'], tree.province)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  adminToken = await app.login('admin@test.vn', PASSWORD)
  editorToken = await app.login('editor@test.vn', PASSWORD)
})
afterAll(async () => app?.destroy())

const userNamed = async (email: string) =>
  (
    await app.payload.find({
      collection: slugs.users,
      where: { email: { equals: email } },
      limit: 1,
      depth: 0,
    })
  ).docs[0]!

describe('"Locks expire when idle (10 minutes)"', () => {
  const lockedFor = async (seconds: number) => {
    const holder = await userNamed('editor@test.vn')
    const article = await app.payload.create({
      collection: slugs.articles,
      data: {
        title: 'Bài đang sửa',
        summary: 'Tóm tắt',
        body: richText('Nội dung.'),
        unit: tree.province,
      },
      draft: true,
    })
    // Made as Payload's admin makes it while the holder edits: through the database.
    const lock = await app.payload.db.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: slugs.articles, value: article.id },
        user: { relationTo: slugs.users, value: holder.id },
      },
    })
    // The holder last touched the document `seconds` ago.
    await app.payload.db.updateOne({
      collection: 'payload-locked-documents',
      id: lock.id,
      data: { updatedAt: new Date(Date.now() - seconds * 1000).toISOString() },
    })
    // An admin may change any article: only the lock stands in the way.
    const other = await userNamed('admin@test.vn')
    const req = await requestAs(app.payload, { ...other, collection: slugs.users })
    return app.payload.update({
      collection: slugs.articles,
      id: article.id,
      data: { title: 'Sửa khi đang khóa' },
      draft: true,
      overrideAccess: false,
      overrideLock: false,
      req,
    })
  }

  it('should keep another editor out while the holder was active within ten minutes', async () => {
    expect(LOCK_IDLE_SECONDS).toBe(600)
    await expect(lockedFor(9 * 60)).rejects.toMatchObject({ status: 423 })
  })

  it('should let another editor in once the lock was idle for more than ten minutes', async () => {
    await expect(lockedFor(11 * 60)).resolves.toMatchObject({ title: 'Sửa khi đang khóa' })
  })
})

describe('"Jobs visible to admins (queue, failures, retry)"', () => {
  it('should list the queue to admins only and requeue a failed job once', async () => {
    const job = await app.payload.jobs.queue({ task: 'weeklyDigest', input: {} })
    await app.payload.db.updateOne({
      collection: jobsSlug,
      id: job.id,
      data: { hasError: true, totalTried: 1, error: { message: 'SMTP không trả lời' } },
    })

    const list = await app.rest('GET', `/${jobsSlug}?depth=0`, { token: adminToken })
    expect(list.status).toBe(200)
    const listed = (await list.json()) as { docs: { id: number; hasError: boolean }[] }
    expect(listed.docs.find((doc) => doc.id === job.id)?.hasError).toBe(true)
    expect((await app.rest('GET', `/${jobsSlug}`, { token: editorToken })).status).toBe(403)

    const refused = await app.rest('POST', `/${jobsSlug}/${job.id}/retry`, { token: editorToken })
    expect(refused.status).toBe(403)
    const retried = await app.rest('POST', `/${jobsSlug}/${job.id}/retry`, { token: adminToken })
    expect(retried.status).toBe(200)
    expect(((await retried.json()) as { message: string }).message).toBe(
      'Đã đưa tác vụ vào hàng đợi để chạy lại.',
    )
    const stored = await app.payload.findByID({ collection: jobsSlug, id: job.id, depth: 0 })
    expect(stored).toMatchObject({ hasError: false, totalTried: 0, processing: false })

    const again = await app.rest('POST', `/${jobsSlug}/${job.id}/retry`, {
      token: adminToken,
      headers: { 'Accept-Language': 'en' },
    })
    expect(again.status).toBe(409)
    expect(((await again.json()) as { message: string }).message).toBe(
      'Only a failed job that is not running can be run again.',
    )
  })
})

describe('"Outbox messages with a preview of the mail"', () => {
  it('should render a held mail’s HTML and text for admins, and refuse everyone else', async () => {
    const reset = await app.rest('POST', '/users/forgot-password', {
      body: { email: 'editor@test.vn' },
    })
    expect(reset.status).toBe(200)
    // The mail is queued after the answer went out (every address answers alike).
    const queued = () =>
      app.payload.find({
        collection: slugs.outbox,
        where: { to: { equals: 'editor@test.vn' } },
        limit: 1,
        depth: 0,
      })
    await pollUntil(async () => (await queued()).totalDocs > 0, true)
    const message = (await queued()).docs[0]!
    const preview = await app.rest('GET', `/outbox/${message.id}/preview`, { token: adminToken })
    expect(preview.status).toBe(200)
    const body = (await preview.json()) as { subject: string; html: string; text: string }
    expect(body.subject).toBeTruthy()
    expect(body.html).toContain('<html')
    expect(body.text.length).toBeGreaterThan(20)

    expect(
      (await app.rest('GET', `/outbox/${message.id}/preview`, { token: editorToken })).status,
    ).toBe(403)
    expect((await app.rest('GET', `/outbox/${message.id}/preview`)).status).toBe(401)
    expect((await app.rest('GET', '/outbox/999999/preview', { token: adminToken })).status).toBe(
      404,
    )
  })
})
