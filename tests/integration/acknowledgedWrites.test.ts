import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createLocalReq } from 'payload'
import { slugs } from '@/platform/slugs'
import { deliverDue } from '@/modules/messaging/outbox'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { pollUntil } from '../helpers/poll'
import { startSmtpTrap, type SmtpTrap } from '../helpers/smtp'

let app: TestApp
let smtp: SmtpTrap
let tree: Tree
let adminToken: string
let editorToken: string
let englishUserId: number

beforeAll(async () => {
  smtp = await startSmtpTrap()
  process.env.SMTP_URL = smtp.url
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'quantri@ack.test', ['admin'], null)
  await createUser(app.payload, 'bientap@ack.test', ['editor'], tree.department)
  englishUserId = Number(
    (
      await createUser(app.payload, 'english@ack.test', ['viewer'], tree.department, {
        language: 'en',
      })
    ).id,
  )
  adminToken = await app.login('quantri@ack.test', PASSWORD)
  editorToken = await app.login('bientap@ack.test', PASSWORD)
})
afterAll(async () => {
  await app?.destroy()
  await smtp?.close()
})

const createTag = (name: string) =>
  app.rest('POST', `/${slugs.tags}`, { token: adminToken, body: { name } })

const requestReset = (email: string) =>
  app.rest('POST', `/${slugs.users}/forgot-password`, { body: { email } })

/** Every answer that said 201 names a document that is really stored. */
const expectAllStored = async (answers: Response[]) => {
  const acknowledged = answers.filter((answer) => answer.status === 201)
  for (const answer of acknowledged) {
    const { doc } = (await answer.json()) as { doc: { id: number; name: string } }
    const stored = await app.payload.find({
      collection: slugs.tags,
      where: { id: { equals: doc.id } },
      overrideAccess: true,
    })
    expect(stored.docs.map((tag) => tag.name)).toEqual([doc.name])
  }
  return acknowledged.length
}

const resetMessages = async (userId: number | string) =>
  (
    await app.payload.find({
      collection: slugs.outbox,
      where: { key: { like: `passwordReset:${userId}:` } },
      overrideAccess: true,
      sort: '-createdAt',
    })
  ).docs

describe('password reset that cannot hurt', () => {
  it('should answer a known and an unknown address alike, at once, while writes go on', async () => {
    smtp.hang = true // a mail server that never answers holds up nothing
    const known = requestReset('english@ack.test')
    const unknown = requestReset('ai-do@khong-co.vn')
    const during = Array.from({ length: 4 }, (_, i) => createTag(`Trong lúc đặt lại ${i}`))
    const [knownAnswer, unknownAnswer] = await Promise.all([known, unknown])
    expect(knownAnswer.status).toBe(200)
    expect(unknownAnswer.status).toBe(200)
    expect(await knownAnswer.json()).toEqual(await unknownAnswer.json())
    const answers = await Promise.all(during)
    expect(answers.map((answer) => answer.status)).toEqual([201, 201, 201, 201])
    expect(await expectAllStored(answers)).toBe(4)
    smtp.hang = false
    smtp.release()
  })

  it('should refuse a request without an address, in the asker’s language', async () => {
    const vi = await app.rest('POST', `/${slugs.users}/forgot-password`, { body: {} })
    expect(vi.status).toBe(400)
    expect(((await vi.json()) as { message: string }).message).toBe(
      'Vui lòng nhập địa chỉ thư điện tử.',
    )
    const en = await app.rest('POST', `/${slugs.users}/forgot-password`, {
      body: { email: 42 },
      headers: { 'Accept-Language': 'en' },
    })
    expect(en.status).toBe(400)
    expect(((await en.json()) as { message: string }).message).toBe(
      'Please enter an email address.',
    )
  })

  it('should mail a single-use link to the admin’s reset page, valid one hour, in the user’s language', async () => {
    smtp.mails.length = 0
    const before = Date.now()
    const queued = await pollUntil(async () => (await resetMessages(englishUserId)).length, 1)
    expect(queued).toBe(1)
    await deliverDue(app.payload)
    const [mail] = await smtp.waitFor(1)
    expect(mail?.to && 'text' in mail.to ? mail.to.text : '').toBe('english@ack.test')
    expect(mail?.subject).toBe('Reset the password of your admin account')
    const token = /\/admin\/reset\/([0-9a-f]{64})/.exec(mail?.text ?? '')?.[1]
    expect(token).toBeDefined()

    const stored = await app.payload.db.findOne<{ id: number; resetPasswordExpiration: string }>({
      collection: slugs.users,
      where: { id: { equals: englishUserId } },
    })
    const minutes = (Date.parse(stored!.resetPasswordExpiration) - before) / 60_000
    expect(minutes).toBeGreaterThan(58)
    expect(minutes).toBeLessThanOrEqual(61)

    const weak = await app.rest('POST', `/${slugs.users}/reset-password`, {
      body: { token, password: 'matkhau12345' },
    })
    expect(weak.status).toBe(400)
    const reset = await app.rest('POST', `/${slugs.users}/reset-password`, {
      body: { token, password: 'Một mật khẩu mới rất dài 2026' },
    })
    expect(reset.status).toBe(200)
    await app.login('english@ack.test', 'Một mật khẩu mới rất dài 2026')
    const again = await app.rest('POST', `/${slugs.users}/reset-password`, {
      body: { token, password: 'Lại một mật khẩu khác 2027' },
    })
    expect(again.status).toBeGreaterThanOrEqual(400)
    await app.login('english@ack.test', 'Một mật khẩu mới rất dài 2026')
  })

  it('should let an admin, and no one else, send a reset mail from a user’s page', async () => {
    const path = `/${slugs.users}/${englishUserId}/send-password-reset`
    expect((await app.rest('POST', path)).status).toBe(401)
    expect((await app.rest('POST', path, { token: editorToken })).status).toBe(403)
    const before = (await resetMessages(englishUserId)).length
    const sent = await app.rest('POST', path, { token: adminToken })
    expect(sent.status).toBe(200)
    expect(((await sent.json()) as { message: string }).message).toBe(
      'Đã xếp thư đặt lại mật khẩu gửi đến english@ack.test.',
    )
    expect((await resetMessages(englishUserId)).length).toBe(before + 1)
    const missing = await app.rest('POST', `/${slugs.users}/999999/send-password-reset`, {
      token: adminToken,
    })
    expect(missing.status).toBe(404)
  })
})

describe('no acknowledged write is ever lost', () => {
  it('should store every write answered while another request held a write transaction, and after', async () => {
    const { payload } = app
    // Held the way Payload's reset held it: a write transaction open while something slow runs.
    const holder = await createLocalReq({}, payload)
    holder.transactionID = (await payload.db.beginTransaction()) ?? undefined
    await payload.create({
      collection: slugs.tags,
      data: { name: 'Trong giao dịch dài' },
      req: holder,
      overrideAccess: true,
    })
    const during = Array.from({ length: 5 }, (_, i) => createTag(`Trong khi bận ${i}`))
    await new Promise((resolve) => setTimeout(resolve, 1500))
    await payload.db.commitTransaction(holder.transactionID!)
    const after = await Promise.all(Array.from({ length: 3 }, (_, i) => createTag(`Sau ${i}`)))
    const answers = [...(await Promise.all(during)), ...after]
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201))
    expect(await expectAllStored(answers)).toBe(8)
    const held = await payload.count({
      collection: slugs.tags,
      where: { name: { equals: 'Trong giao dịch dài' } },
      overrideAccess: true,
    })
    expect(held.totalDocs).toBe(1)
  })

  it('should not report success for a transaction whose commit failed', async () => {
    const { payload } = app
    if (payload.db.name !== 'sqlite') return // the SQLite adapter's commit is the one that swallowed
    const req = await createLocalReq({}, payload)
    const id = (await payload.db.beginTransaction())!
    req.transactionID = id
    await payload.create({
      collection: slugs.tags,
      data: { name: 'Không được lưu' },
      req,
      overrideAccess: true,
    })
    // The transaction ends underneath its owner (as SQLite or the leak guard may end it); reaching
    // the driver's transaction needs the adapter's session shape, which Payload does not type.
    const sessions = (payload.db as unknown as { sessions: Record<string, { db: unknown }> })
      .sessions
    ;(sessions[String(id)]!.db as { session: { tx: { close: () => void } } }).session.tx.close()
    await expect(payload.db.commitTransaction(id)).rejects.toThrow()
    const stored = await payload.count({
      collection: slugs.tags,
      where: { name: { equals: 'Không được lưu' } },
      overrideAccess: true,
    })
    expect(stored.totalDocs).toBe(0)
    // And the process writes on.
    expect((await createTag('Vẫn ghi được')).status).toBe(201)
  })
})
