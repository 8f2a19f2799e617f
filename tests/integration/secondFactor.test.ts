import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { TOTP } from 'otpauth'
import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let adminToken: string

type Answer = {
  status: number
  body: {
    token?: string
    message?: string
    secret?: string
    uri?: string
    qr?: string
    backupCodes?: string[]
    errors?: { message: string; data?: { secondFactor?: string } }[]
  }
  cookie: string | null
}

const answer = async (response: Response): Promise<Answer> => ({
  status: response.status,
  body: (await response.json()) as Answer['body'],
  cookie: response.headers.get('set-cookie'),
})

/** The code an authenticator app shows for `secret`, computed with the library (never by hand). */
const codeFor = (secret: string, offsetSteps = 0) =>
  TOTP.generate({ secret: secretOf(secret), timestamp: Date.now() + offsetSteps * 30_000 })
const secretOf = (base32: string) => new TOTP({ secret: base32 }).secret

const signIn = (body: Record<string, unknown>, from = '198.51.100.1', language = 'vi') =>
  app
    .rest('POST', `/${slugs.users}/login`, {
      body,
      headers: { [CLIENT_ADDRESS_HEADER]: from, 'Accept-Language': language },
    })
    .then(answer)

const post = (path: string, init: { token?: string; body?: unknown; from?: string } = {}) =>
  app
    .rest('POST', path, {
      token: init.token,
      body: init.body ?? {},
      headers: { [CLIENT_ADDRESS_HEADER]: init.from ?? '198.51.100.2' },
    })
    .then(answer)

const auditActions = async (email: string) => {
  const found = await app.payload.find({
    collection: slugs.auditLog,
    where: { actorEmail: { equals: email } },
    sort: '-at',
    limit: 50,
    overrideAccess: true,
  })
  return found.docs.map((doc) => doc.action)
}

/** Enrols a signed-in person; answers the secret and the backup codes. */
const enrolSignedIn = async (token: string) => {
  const started = await post(`/${slugs.users}/mfa/enrol`, { token })
  expect(started.status).toBe(200)
  const secret = started.body.secret!
  const confirmed = await post(`/${slugs.users}/mfa/confirm`, {
    token,
    body: { code: codeFor(secret) },
  })
  expect(confirmed.status).toBe(200)
  return { secret, backupCodes: confirmed.body.backupCodes!, started }
}

beforeAll(async () => {
  app = await startTestApp()
  const tree = await createTree(app.payload)
  await createUser(app.payload, 'quantri@haiyeuto.test', ['admin'], null)
  await createUser(app.payload, 'bientap@haiyeuto.test', ['editor'], tree.department)
  await createUser(app.payload, 'duyet@haiyeuto.test', ['reviewer'], tree.department)
  await createUser(app.payload, 'cong@haiyeuto.test', ['portal'], tree.department, {
    enableAPIKey: true,
    apiKey: 'portal-key-0123456789abcdef',
  })
  adminToken = await app.login('quantri@haiyeuto.test', PASSWORD)
})
afterAll(async () => {
  delete process.env.MFA_REQUIRED_ROLES
  await app?.destroy()
})

describe('two-factor sign-in (TOTP)', () => {
  let editorSecret = ''
  let editorBackupCodes: string[] = []

  it('should enrol a signed-in editor: a CCHC otpauth address with a QR code, then 10 backup codes', async () => {
    const token = await app.login('bientap@haiyeuto.test', PASSWORD)
    const { secret, backupCodes, started } = await enrolSignedIn(token)
    expect(started.body.uri).toMatch(/^otpauth:\/\/totp\/CCHC:bientap%40haiyeuto\.test\?/)
    expect(started.body.uri).toContain('issuer=CCHC')
    expect(started.body.qr).toMatch(/^data:image\/svg\+xml;base64,/)
    expect(Buffer.from(started.body.qr!.split(',')[1]!, 'base64').toString()).toContain('<svg')
    expect(backupCodes).toHaveLength(10)
    expect(new Set(backupCodes).size).toBe(10)
    editorSecret = secret
    editorBackupCodes = backupCodes
    expect(await auditActions('bientap@haiyeuto.test')).toContain('mfa.enrolled')
  })

  it('should never show the secret or the backup codes through the API, not even to admins', async () => {
    const list = await app.rest(
      'GET',
      `/${slugs.users}?where[email][equals]=bientap@haiyeuto.test`,
      {
        token: adminToken,
      },
    )
    const text = await list.text()
    expect(text).toContain('"mfaEnabled":true')
    expect(text).not.toContain(editorSecret)
    expect(text).not.toMatch(/mfaSecret|mfaBackupCodes|mfaPendingSecret|mfaLastStep/)
    const graphql = await app.graphql(
      '{ Users(where: { email: { equals: "bientap@haiyeuto.test" } }) { docs { email mfaEnabled } } }',
      { token: adminToken },
    )
    expect(JSON.stringify(graphql)).toContain('"mfaEnabled":true')
    // GraphQL knows the field names but answers nothing for them.
    const probe = await app.graphql('{ Users { docs { mfaSecret mfaBackupCodes } } }', {
      token: adminToken,
    })
    const docs = (probe as { data?: { Users?: { docs?: object[] } } }).data?.Users?.docs ?? []
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) expect(doc).toEqual({ mfaSecret: null, mfaBackupCodes: null })
    // Nor can anyone write them.
    const write = await app.rest(
      'PATCH',
      `/${slugs.users}?where[email][equals]=bientap@haiyeuto.test`,
      {
        token: adminToken,
        body: { mfaSecret: 'JBSWY3DPEHPK3PXP', mfaEnabled: false },
      },
    )
    expect(write.status).toBeLessThan(500)
    const stored = await app.payload.db.findOne<{
      id: number
      mfaSecret?: string
      mfaEnabled?: boolean
    }>({
      collection: slugs.users,
      where: { email: { equals: 'bientap@haiyeuto.test' } },
    })
    expect(stored?.mfaSecret).toBe(editorSecret)
    expect(stored?.mfaEnabled).toBe(true)
  })

  it('should hand out no token for the password alone, and refuse a wrong code as a failed sign-in', async () => {
    const first = await signIn({ email: 'bientap@haiyeuto.test', password: PASSWORD })
    expect(first.status).toBe(401)
    expect(first.body.token).toBeUndefined()
    expect(first.cookie ?? '').not.toMatch(/payload-token=[^;]/)
    expect(first.body.errors?.[0]?.data?.secondFactor).toBe('code')
    expect(first.body.errors?.[0]?.message).toMatch(/^Nhập mã 6 số/)

    const wrong = await signIn(
      { email: 'bientap@haiyeuto.test', password: PASSWORD, code: '000000' },
      '198.51.100.1',
      'en',
    )
    expect(wrong.status).toBe(401)
    expect(wrong.body.token).toBeUndefined()
    expect(wrong.body.errors?.[0]?.message).toMatch(/^The code is wrong/)
    expect(await auditActions('bientap@haiyeuto.test')).toContain('signIn.failure')

    // The code of the next time step (the confirmation used up the current one; the app's clock
    // may run a step ahead, which is accepted).
    const good = await signIn({
      email: 'bientap@haiyeuto.test',
      password: PASSWORD,
      code: codeFor(editorSecret, 1),
    })
    expect(good.status).toBe(200)
    expect(good.body.token).toBeDefined()
    const me = await app.rest('GET', `/${slugs.users}/me`, { token: good.body.token })
    expect(((await me.json()) as { user?: { email?: string } }).user?.email).toBe(
      'bientap@haiyeuto.test',
    )
    // The same code cannot sign in twice.
    const again = await signIn({
      email: 'bientap@haiyeuto.test',
      password: PASSWORD,
      code: codeFor(editorSecret, 1),
    })
    expect(again.status).toBe(401)
  })

  it('should count wrong codes in the sign-in throttle', async () => {
    const from = '203.0.113.50'
    for (let i = 0; i < 3; i++) {
      const wrong = await signIn(
        { email: 'bientap@haiyeuto.test', password: PASSWORD, code: `12345${i}` },
        from,
      )
      expect(wrong.status).toBe(401)
    }
    const slowed = await signIn(
      { email: 'bientap@haiyeuto.test', password: PASSWORD, code: '111111' },
      from,
    )
    expect(slowed.status).toBe(429)
  })

  it('should take each backup code once', async () => {
    const code = editorBackupCodes[0]!
    const first = await signIn(
      { email: 'bientap@haiyeuto.test', password: PASSWORD, code: code.toLowerCase() },
      '198.51.100.3',
    )
    expect(first.status).toBe(200)
    expect(first.body.token).toBeDefined()
    const second = await signIn(
      { email: 'bientap@haiyeuto.test', password: PASSWORD, code },
      '198.51.100.3',
    )
    expect(second.status).toBe(401)
    const next = await signIn(
      { email: 'bientap@haiyeuto.test', password: PASSWORD, code: editorBackupCodes[1]! },
      '198.51.100.3',
    )
    expect(next.status).toBe(200)
    expect(await auditActions('bientap@haiyeuto.test')).toContain('mfa.backupCodeUsed')
  })

  it('should make a required role enrol before any usable session, over REST', async () => {
    process.env.MFA_REQUIRED_ROLES = 'admin,reviewer'
    try {
      const refusedLogin = await signIn({ email: 'duyet@haiyeuto.test', password: PASSWORD })
      expect(refusedLogin.status).toBe(403)
      expect(refusedLogin.body.token).toBeUndefined()
      expect(refusedLogin.cookie ?? '').not.toMatch(/payload-token=[^;]/)
      expect(refusedLogin.body.errors?.[0]?.data?.secondFactor).toBe('enrol')

      // Enrolment before any session needs the password; a wrong one is a failed sign-in.
      const wrongPassword = await post(`/${slugs.users}/mfa/enrol`, {
        body: { email: 'duyet@haiyeuto.test', password: 'not-the-password' },
      })
      expect(wrongPassword.status).toBe(401)
      const started = await post(`/${slugs.users}/mfa/enrol`, {
        body: { email: 'duyet@haiyeuto.test', password: PASSWORD },
      })
      expect(started.status).toBe(200)
      const badCode = await post(`/${slugs.users}/mfa/confirm`, {
        body: { email: 'duyet@haiyeuto.test', password: PASSWORD, code: '000000' },
      })
      expect(badCode.status).toBe(400)
      expect(badCode.body.token).toBeUndefined()

      const confirmed = await post(`/${slugs.users}/mfa/confirm`, {
        body: {
          email: 'duyet@haiyeuto.test',
          password: PASSWORD,
          code: codeFor(started.body.secret!),
        },
      })
      expect(confirmed.status).toBe(200)
      expect(confirmed.body.backupCodes).toHaveLength(10)
      // The confirmation signs in: a token and the admin's cookie.
      expect(confirmed.cookie).toMatch(/payload-token=[^;]+/)
      const me = await app.rest('GET', `/${slugs.users}/me`, { token: confirmed.body.token })
      expect(((await me.json()) as { user?: { email?: string } }).user?.email).toBe(
        'duyet@haiyeuto.test',
      )
      // From now on the password alone is not enough.
      expect((await signIn({ email: 'duyet@haiyeuto.test', password: PASSWORD })).status).toBe(401)
    } finally {
      process.env.MFA_REQUIRED_ROLES = ''
    }
  })

  it('should leave portal API keys alone', async () => {
    process.env.MFA_REQUIRED_ROLES = 'admin,reviewer,portal'
    try {
      const res = await app.rest('GET', `/${slugs.users}/me`, {
        apiKey: 'portal-key-0123456789abcdef',
      })
      expect(((await res.json()) as { user?: { email?: string } }).user?.email).toBe(
        'cong@haiyeuto.test',
      )
    } finally {
      process.env.MFA_REQUIRED_ROLES = ''
    }
  })

  it("should let only an admin reset another person's second factor, and record it", async () => {
    const editor = await app.payload.db.findOne<{ id: number }>({
      collection: slugs.users,
      where: { email: { equals: 'bientap@haiyeuto.test' } },
    })
    const reviewerToken = (
      await signIn({ email: 'duyet@haiyeuto.test', password: PASSWORD, code: '' }, '198.51.100.9')
    ).body.token
    expect(reviewerToken).toBeUndefined()
    const editorToken = (
      await signIn(
        { email: 'bientap@haiyeuto.test', password: PASSWORD, code: editorBackupCodes[2]! },
        '198.51.100.9',
      )
    ).body.token!
    const byEditor = await post(`/${slugs.users}/${editor!.id}/mfa/reset`, { token: editorToken })
    expect(byEditor.status).toBe(403)
    const byAdmin = await post(`/${slugs.users}/${editor!.id}/mfa/reset`, { token: adminToken })
    expect(byAdmin.status).toBe(200)
    expect(byAdmin.body.message).toContain('bientap@haiyeuto.test')
    const log = await app.payload.find({
      collection: slugs.auditLog,
      where: { action: { equals: 'mfa.reset' } },
      overrideAccess: true,
    })
    expect(log.docs.map((d) => [d.actorEmail, d.documentId])).toEqual([
      ['quantri@haiyeuto.test', String(editor!.id)],
    ])
    // The password alone signs in again; a second reset has nothing to reset.
    expect((await signIn({ email: 'bientap@haiyeuto.test', password: PASSWORD })).status).toBe(200)
    const again = await post(`/${slugs.users}/${editor!.id}/mfa/reset`, { token: adminToken })
    expect(again.status).toBe(409)
  })
})
