import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { asUser } from '@/platform/access/asUser'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { requestAs, startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
const tokens: Record<string, string> = {}
let portalKey: string

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'admin@test.vn', ['admin'], null)
  await createUser(app.payload, 'editor@test.vn', ['editor'], tree.province)
  await createUser(app.payload, 'reporter.a@test.vn', ['reporter'], tree.communeA1)
  await createUser(app.payload, 'reporter.a1@test.vn', ['reporter'], tree.centreA1)
  await createUser(app.payload, 'viewer.b@test.vn', ['viewer'], tree.communeB1)
  portalKey = crypto.randomUUID()
  await createUser(app.payload, 'portal@test.vn', ['portal'], tree.province, {
    enableAPIKey: true,
    apiKey: portalKey,
  })
  for (const email of [
    'admin@test.vn',
    'editor@test.vn',
    'reporter.a@test.vn',
    'reporter.a1@test.vn',
    'viewer.b@test.vn',
  ]) {
    tokens[email] = await app.login(email, PASSWORD)
  }
})
afterAll(async () => app?.destroy())

const codesFrom = async (res: Response) =>
  ((await res.json()) as { docs: { code: string }[] }).docs.map((d) => d.code).sort()

describe('who sees which units', () => {
  it('should refuse anonymous callers the units and users lists', async () => {
    expect((await app.rest('GET', '/units')).status).toBe(403)
    expect((await app.rest('GET', '/users')).status).toBe(403)
  })

  it('should show a commune reporter only the commune and its sub-units', async () => {
    const res = await app.rest('GET', '/units?limit=100', { token: tokens['reporter.a@test.vn'] })
    expect(res.status).toBe(200)
    expect(await codesFrom(res)).toEqual(['TN-A1', 'TN-A1-TT'])
  })

  it('should not let a sub-unit reporter read a unit outside its subtree, even by id', async () => {
    const res = await app.rest('GET', `/units/${tree.communeB1}`, {
      token: tokens['reporter.a1@test.vn'],
    })
    expect(res.status).toBe(404)
  })

  it('should apply the same scope through the Local API made for a user', async () => {
    const user = await app.payload.findByID({
      collection: slugs.users,
      id: (
        await app.payload.find({
          collection: slugs.users,
          where: { email: { equals: 'viewer.b@test.vn' } },
        })
      ).docs[0]!.id,
    })
    const { docs } = await asUser(await requestAs(app.payload, user)).find({
      collection: slugs.units,
      limit: 100,
    })
    expect(docs.map((d) => d.code).sort()).toEqual(['TN-B1'])
  })

  it('should let a province editor see the whole tree and the admin everything', async () => {
    expect(
      await codesFrom(
        await app.rest('GET', '/units?limit=100', { token: tokens['editor@test.vn'] }),
      ),
    ).toHaveLength(6)
    expect(
      await codesFrom(
        await app.rest('GET', '/units?limit=100', { token: tokens['admin@test.vn'] }),
      ),
    ).toHaveLength(6)
  })

  it('should let portal API keys read units but never write', async () => {
    expect((await app.rest('GET', '/units?limit=100', { apiKey: portalKey })).status).toBe(200)
    const res = await app.rest('POST', '/units', {
      apiKey: portalKey,
      body: { name: 'X', code: 'X', level: 'province' },
    })
    expect(res.status).toBe(403)
    expect(
      (
        await app.rest('PATCH', `/units/${tree.province}`, {
          apiKey: portalKey,
          body: { name: 'Đổi tên' },
        })
      ).status,
    ).toBe(403)
  })

  it('should refuse unit changes outside an editor reach and structure changes by non-admins', async () => {
    expect(
      (
        await app.rest('POST', '/units', {
          token: tokens['editor@test.vn'],
          body: { name: 'Đài xã A1', code: 'TN-A9', level: 'communeUnit', parent: tree.communeA1 },
        })
      ).status,
    ).toBe(403)
    const res = await app.rest('PATCH', `/units/${tree.communeA1}`, {
      token: tokens['reporter.a1@test.vn'],
      body: { name: 'Đổi tên' },
    })
    expect(res.status).toBe(403)
  })
})

describe('who sees which users', () => {
  it('should show a commune reporter the users of its subtree and itself only', async () => {
    const res = await app.rest('GET', '/users?limit=100', { token: tokens['reporter.a@test.vn'] })
    const emails = ((await res.json()) as { docs: { email: string }[] }).docs
      .map((d) => d.email)
      .sort()
    expect(emails).toEqual(['reporter.a1@test.vn', 'reporter.a@test.vn'])
  })

  it('should refuse a non-admin who tries to raise their own role, with a Vietnamese message', async () => {
    const me = (await (
      await app.rest('GET', '/users/me', { token: tokens['editor@test.vn'] })
    ).json()) as { user: { id: number } }
    const res = await app.rest('PATCH', `/users/${me.user.id}`, {
      token: tokens['editor@test.vn'],
      body: { roles: ['admin'] },
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toContain(
      'Chỉ quản trị hệ thống mới được thay đổi vai trò',
    )
    const stored = await app.payload.findByID({
      collection: slugs.users,
      id: me.user.id,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['editor'])
  })

  it('should refuse a non-admin who tries to give themselves an API key', async () => {
    const me = (await (
      await app.rest('GET', '/users/me', { token: tokens['editor@test.vn'] })
    ).json()) as { user: { id: number } }
    const res = await app.rest('PATCH', `/users/${me.user.id}`, {
      token: tokens['editor@test.vn'],
      body: { enableAPIKey: true, apiKey: 'mine' },
    })
    expect(res.status).toBe(403)
  })

  it('should let users edit their own name but not other users', async () => {
    const me = (await (
      await app.rest('GET', '/users/me', { token: tokens['reporter.a@test.vn'] })
    ).json()) as { user: { id: number } }
    expect(
      (
        await app.rest('PATCH', `/users/${me.user.id}`, {
          token: tokens['reporter.a@test.vn'],
          body: { name: 'Tên mới' },
        })
      ).status,
    ).toBe(200)
    const other = (
      await app.payload.find({
        collection: slugs.users,
        where: { email: { equals: 'reporter.a1@test.vn' } },
      })
    ).docs[0]!
    expect(
      (
        await app.rest('PATCH', `/users/${other.id}`, {
          token: tokens['reporter.a@test.vn'],
          body: { name: 'Không được' },
        })
      ).status,
    ).toBe(403)
  })

  it('should require a unit for every non-admin user', async () => {
    const res = await app.rest('POST', '/users', {
      token: tokens['admin@test.vn'],
      body: {
        email: 'nounit@test.vn',
        password: PASSWORD,
        name: 'Không đơn vị',
        roles: ['editor'],
      },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('phải thuộc một đơn vị')
  })

  it('should hide roles of other users from non-admins', async () => {
    const res = await app.rest('GET', '/users?limit=100', { token: tokens['reporter.a@test.vn'] })
    const docs = ((await res.json()) as { docs: { email: string; roles?: string[] }[] }).docs
    expect(docs.find((d) => d.email === 'reporter.a1@test.vn')?.roles).toBeUndefined()
    expect(docs.find((d) => d.email === 'reporter.a@test.vn')?.roles).toEqual(['reporter'])
  })
})

describe('failed logins lock no one out', () => {
  it('should let the owner sign in from elsewhere after a stranger failed five times', async () => {
    await createUser(app.payload, 'locked@test.vn', ['viewer'], tree.communeB1)
    for (let i = 0; i < 5; i++) {
      const res = await app.rest('POST', '/users/login', {
        body: { email: 'locked@test.vn', password: 'wrong' },
      })
      expect([401, 429]).toContain(res.status)
    }
    const owner = await app.rest('POST', '/users/login', {
      body: { email: 'locked@test.vn', password: PASSWORD },
      headers: { 'x-cchc-client-address': '198.51.100.77' },
    })
    expect(owner.status).toBe(200)
  })
})
