import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let adminToken: string

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'quantri@matkhau.test', ['admin'], null)
  adminToken = await app.login('quantri@matkhau.test', PASSWORD)
})
afterAll(async () => {
  await app?.destroy()
})

type Answer = {
  errors?: { message: string; data?: { errors?: { path: string; message: string }[] } }[]
}

const fieldError = async (response: Response, path: string) =>
  ((await response.json()) as Answer).errors?.[0]?.data?.errors?.find((e) => e.path === path)
    ?.message

const newUser = (email: string, password: string) =>
  app.rest('POST', `/${slugs.users}`, {
    token: adminToken,
    body: { email, password, name: 'Người thử', roles: ['viewer'], unit: tree.department },
  })

describe('"passwords fit for a state information system"', () => {
  it('should refuse short, common and email-like passwords, saying why on the field', async () => {
    const short = await newUser('ngan@matkhau.test', 'password')
    expect(short.status).toBe(400)
    expect(await fieldError(short, 'password')).toBe('Mật khẩu phải có ít nhất 12 ký tự.')
    const common = await newUser('phobien@matkhau.test', '123456789012')
    expect(common.status).toBe(400)
    expect(await fieldError(common, 'password')).toMatch(/^Mật khẩu quá dễ đoán/)
    const email = await newUser('trungthu@matkhau.test', 'trungthu@matkhau.test')
    expect(email.status).toBe(400)
    expect(await fieldError(email, 'password')).toBe(
      'Mật khẩu không được trùng với địa chỉ thư điện tử.',
    )
    const count = await app.payload.count({
      collection: slugs.users,
      where: {
        email: { in: ['ngan@matkhau.test', 'phobien@matkhau.test', 'trungthu@matkhau.test'] },
      },
      overrideAccess: true,
    })
    expect(count.totalDocs).toBe(0)
    expect((await newUser('dungchuan@matkhau.test', 'Một câu mật khẩu dài 2026')).status).toBe(201)
  })

  it('should ask for the current password to change one’s own password, and end the other sessions', async () => {
    const user = await createUser(app.payload, 'doimk@matkhau.test', ['viewer'], tree.department)
    const here = await app.login('doimk@matkhau.test', PASSWORD)
    const elsewhere = await app.login('doimk@matkhau.test', PASSWORD)
    const change = (body: object) =>
      app.rest('PATCH', `/${slugs.users}/${user.id}`, { token: here, body })

    const without = await change({ password: 'Mật khẩu mới thật dài 2026' })
    expect(without.status).toBe(400)
    expect(await fieldError(without, 'currentPassword')).toBe(
      'Nhập mật khẩu hiện tại để đổi thư điện tử hoặc mật khẩu.',
    )
    const wrong = await change({ password: 'Mật khẩu mới thật dài 2026', currentPassword: 'sai' })
    expect(wrong.status).toBe(400)
    expect(await fieldError(wrong, 'currentPassword')).toBe('Mật khẩu hiện tại không đúng.')
    await app.login('doimk@matkhau.test', PASSWORD) // nothing changed

    const ok = await change({ password: 'Mật khẩu mới thật dài 2026', currentPassword: PASSWORD })
    expect(ok.status).toBe(200)
    const meHere = await app.rest('GET', `/${slugs.users}/me`, { token: here })
    expect(((await meHere.json()) as { user: unknown }).user).not.toBeNull()
    const meElsewhere = await app.rest('GET', `/${slugs.users}/me`, { token: elsewhere })
    expect(((await meElsewhere.json()) as { user: unknown }).user).toBeNull()
    await app.login('doimk@matkhau.test', 'Mật khẩu mới thật dài 2026')
  })

  it('should ask for the current password to change one’s own email', async () => {
    const user = await createUser(app.payload, 'doiemail@matkhau.test', ['viewer'], tree.department)
    const token = await app.login('doiemail@matkhau.test', PASSWORD)
    const without = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token,
      body: { email: 'moi@matkhau.test' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(without.status).toBe(400)
    expect(await fieldError(without, 'currentPassword')).toBe(
      'Enter your current password to change your email or password.',
    )
    const ok = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token,
      body: { email: 'moi@matkhau.test', currentPassword: PASSWORD },
    })
    expect(ok.status).toBe(200)
    // Renaming oneself needs no password.
    const rename = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token,
      body: { name: 'Tên mới' },
    })
    expect(rename.status).toBe(200)
  })

  it('should let an admin set another user’s password without knowing it, within the rules', async () => {
    const user = await createUser(app.payload, 'quenmk@matkhau.test', ['viewer'], tree.department)
    const weak = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token: adminToken,
      body: { password: 'quenmk2026' },
    })
    expect(weak.status).toBe(400)
    const ok = await app.rest('PATCH', `/${slugs.users}/${user.id}`, {
      token: adminToken,
      body: { password: 'Quản trị đặt lại 2026 nhé' },
    })
    expect(ok.status).toBe(200)
    await app.login('quenmk@matkhau.test', 'Quản trị đặt lại 2026 nhé')
  })

  it('should end an idle session after SESSION_IDLE_MINUTES, 30 by default', async () => {
    const login = await app.rest('POST', `/${slugs.users}/login`, {
      body: { email: 'quantri@matkhau.test', password: PASSWORD },
    })
    const { exp, token } = (await login.json()) as { exp: number; token: string }
    const [, payload] = token.split('.')
    const { iat } = JSON.parse(Buffer.from(payload!, 'base64url').toString()) as { iat: number }
    expect(exp - iat).toBe(30 * 60)
  })
})
