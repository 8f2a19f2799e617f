import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { CLIENT_ADDRESS_HEADER } from '@/platform/clientAddress'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'
import { solveProof } from '../helpers/antispam'

let app: TestApp
let adminToken: string
let ownerId: number

beforeAll(async () => {
  app = await startTestApp()
  const tree = await createTree(app.payload)
  await createUser(app.payload, 'quantri@dangnhap.test', ['admin'], null)
  ownerId = Number(
    (await createUser(app.payload, 'chu@dangnhap.test', ['editor'], tree.department)).id,
  )
  await createUser(app.payload, 'khoa@dangnhap.test', ['editor'], tree.department)
  adminToken = await app.login('quantri@dangnhap.test', PASSWORD)
})
afterAll(async () => {
  await app?.destroy()
})

const signIn = (email: string, password: string, from: string, language = 'vi') =>
  app.rest('POST', `/${slugs.users}/login`, {
    body: { email, password },
    headers: { [CLIENT_ADDRESS_HEADER]: from, 'Accept-Language': language },
  })

/** A proof as the sign-in page makes it: the app's puzzle, solved. */
const solvedProof = (): Promise<string> => solveProof(app)

const answer = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as { errors?: { message: string }[]; token?: string },
})

describe('"brute force without lock-out"', () => {
  it('should slow the guessing address down, and let the owner in from another address', async () => {
    const attacker = '203.0.113.7'
    for (let i = 0; i < 3; i++) {
      const wrong = await answer(await signIn('chu@dangnhap.test', `sai-mat-khau-${i}`, attacker))
      expect(wrong.status).toBe(401)
    }
    const slowed = await answer(await signIn('chu@dangnhap.test', 'sai-nua', attacker))
    expect(slowed.status).toBe(429)
    expect(slowed.body.errors?.[0]?.message).toMatch(/^Đăng nhập sai nhiều lần từ địa chỉ này\./)
    // Even the right password waits out the delay from the guessing address…
    expect((await signIn('chu@dangnhap.test', PASSWORD, attacker)).status).toBe(429)
    // …while the owner, elsewhere, signs in at once.
    const owner = await answer(await signIn('chu@dangnhap.test', PASSWORD, '198.51.100.20'))
    expect(owner.status).toBe(200)
    expect(owner.body.token).toBeDefined()
  })

  it('should show admins, and only admins, until when an account is throttled', async () => {
    const asAdmin = await app.rest('GET', `/${slugs.users}/${ownerId}?depth=0`, {
      token: adminToken,
    })
    const { signInThrottledUntil } = (await asAdmin.json()) as { signInThrottledUntil?: string }
    expect(Date.parse(signInThrottledUntil ?? '')).toBeGreaterThan(Date.now() - 60_000)
    const ownToken = await app.login('chu@dangnhap.test', PASSWORD)
    const asSelf = await app.rest('GET', `/${slugs.users}/${ownerId}?depth=0`, { token: ownToken })
    expect((await asSelf.json()) as object).not.toHaveProperty('signInThrottledUntil')
  })

  it('should answer an unknown address exactly as a wrong password, and slow it alike', async () => {
    const from = '203.0.113.9'
    const known = await answer(await signIn('chu@dangnhap.test', 'khong-dung', from, 'en'))
    const unknown = await answer(await signIn('khong-ai@dangnhap.test', 'khong-dung', from, 'en'))
    expect(unknown).toEqual(known)
    expect(unknown.status).toBe(401)
    for (let i = 0; i < 3; i++) await signIn('khong-ai@dangnhap.test', 'khong-dung', from)
    const slowed = await answer(await signIn('khong-ai@dangnhap.test', 'khong-dung', from, 'en'))
    expect(slowed.status).toBe(429)
    expect(slowed.body.errors?.[0]?.message).toMatch(
      /^Too many failed sign-ins from this address\./,
    )
  })

  it('should let only an admin lock an account, which ends its sessions', async () => {
    const lockedToken = await app.login('khoa@dangnhap.test', PASSWORD)
    const me = await app.rest('GET', `/${slugs.users}/me`, { token: lockedToken })
    const { user } = (await me.json()) as { user: { id: number } }
    const until = new Date(Date.now() + 24 * 3600_000).toISOString()

    const bySelf = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token: lockedToken,
      body: { lockedUntil: until },
    })
    expect(bySelf.status).toBe(403)

    const byAdmin = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token: adminToken,
      body: { lockedUntil: until },
    })
    expect(byAdmin.status).toBe(200)
    const after = await app.rest('GET', `/${slugs.users}/me`, { token: lockedToken })
    expect(((await after.json()) as { user: unknown }).user).toBeNull()

    const refused = await answer(await signIn('khoa@dangnhap.test', PASSWORD, '198.51.100.30'))
    expect(refused.status).toBe(403)
    expect(refused.body.errors?.[0]?.message).toMatch(/^Tài khoản đã bị quản trị viên khóa đến /)
    // A wrong password still says only that it is wrong.
    const wrong = await answer(await signIn('khoa@dangnhap.test', 'sai', '198.51.100.30'))
    expect(wrong.status).toBe(401)

    await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token: adminToken,
      body: { lockedUntil: null },
    })
    expect((await signIn('khoa@dangnhap.test', PASSWORD, '198.51.100.30')).status).toBe(200)
  })

  it('should ask for the anti-spam proof after three failures, and take a solved one', async () => {
    const from = '203.0.113.77'
    const send = (password: string, headers: Record<string, string> = {}) =>
      app
        .rest('POST', `/${slugs.users}/login`, {
          body: { email: 'chu@dangnhap.test', password },
          headers: { [CLIENT_ADDRESS_HEADER]: from, 'Accept-Language': 'en', ...headers },
        })
        .then(answer)
    for (let i = 0; i < 3; i++) expect((await send(`sai-${i}-mat-khau`)).status).toBe(401)
    // Sit out the first wait (1 s), as the page would.
    await new Promise((resolve) => setTimeout(resolve, 1_100))
    const missing = await send(PASSWORD)
    expect(missing.status).toBe(400)
    expect(missing.body.errors?.[0]?.message).toMatch(
      /^Several failed sign-ins: solve the anti-spam/,
    )
    expect((missing.body.errors?.[0] as { data?: unknown } | undefined)?.data).toEqual({
      antispam: true,
    })
    const forged = await send(PASSWORD, { 'X-Altcha': Buffer.from('{}').toString('base64') })
    expect(forged.status).toBe(400)
    expect(forged.body.errors?.[0]?.message).toMatch(/^The anti-spam solution is not valid/)
    const solved = await send(PASSWORD, { 'X-Altcha': await solvedProof() })
    expect(solved.status).toBe(200)
    expect(solved.body.token).toBeDefined()
    // Signed in: the client starts afresh, no proof needed.
    expect((await send(PASSWORD)).status).toBe(200)
  })
})
