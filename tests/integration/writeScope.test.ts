import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'

import { LOCKS_SLUG } from '@/platform/access/documentLocks'
import { slugs } from '@/platform/slugs'
import { createTaxonomy, richText } from '../helpers/content'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let area: number
const token: Record<string, string> = {}
const userId: Record<string, number> = {}
let portalKey: string

const people = {
  'admin@test.vn': { roles: ['admin'], unit: null },
  'editor@test.vn': { roles: ['editor'], unit: 'province' },
  'editor.b@test.vn': { roles: ['editor'], unit: 'communeB1' },
  'reviewer@test.vn': { roles: ['reviewer'], unit: 'province' },
  'reporter.a@test.vn': { roles: ['reporter'], unit: 'communeA1' },
  'viewer@test.vn': { roles: ['viewer'], unit: 'province' },
} as const

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  ;({ area } = await createTaxonomy(app.payload))
  for (const [email, { roles, unit }] of Object.entries(people)) {
    const user = await createUser(app.payload, email, [...roles], unit ? tree[unit] : null)
    userId[email] = user.id as number
    token[email] = await app.login(email, PASSWORD)
  }
  portalKey = crypto.randomUUID()
  await createUser(app.payload, 'portal@test.vn', ['portal'], tree.province, {
    enableAPIKey: true,
    apiKey: portalKey,
  })
})
afterAll(async () => app?.destroy())

const json = async (res: Response) => (await res.json()) as Record<string, unknown>
const countLocks = async () =>
  (await app.payload.count({ collection: LOCKS_SLUG as never, overrideAccess: true })).totalDocs

const publishedArticle = async (title: string) =>
  (
    await app.payload.create({
      collection: slugs.articles,
      data: {
        title,
        summary: title,
        body: richText('Nội dung.'),
        reformAreas: [area],
        unit: tree.province,
        _status: 'published',
      } as never, // the published state as the seed makes it
      overrideAccess: true,
    })
  ).id as number

describe('document locks', () => {
  it('should refuse a portal key any lock, to read or to make', async () => {
    const article = await publishedArticle('Khoá bởi cổng')
    const read = await app.rest('GET', `/${LOCKS_SLUG}`, { apiKey: portalKey })
    expect(read.status).toBe(403)
    const before = await countLocks()
    const made = await app.rest('POST', `/${LOCKS_SLUG}`, {
      apiKey: portalKey,
      body: {
        document: { relationTo: slugs.articles, value: article },
        user: { relationTo: slugs.users, value: userId['editor@test.vn'] },
      },
    })
    expect(made.status).toBe(403)
    expect(await countLocks()).toBe(before)
  })

  it('should refuse a lock in someone else’s name, or on a document the caller may not change', async () => {
    const article = await publishedArticle('Khoá hộ người khác')
    const before = await countLocks()
    const forged = await app.rest('POST', `/${LOCKS_SLUG}`, {
      token: token['editor@test.vn'],
      body: {
        document: { relationTo: slugs.articles, value: article },
        user: { relationTo: slugs.users, value: userId['reviewer@test.vn'] },
      },
    })
    expect(forged.status).toBe(403)
    expect((await json(forged)).errors).toEqual([
      expect.objectContaining({ message: 'Bạn không có quyền thực hiện thao tác này.' }),
    ])
    const viewer = await app.rest('POST', `/${LOCKS_SLUG}`, {
      token: token['viewer@test.vn'],
      body: {
        document: { relationTo: slugs.articles, value: article },
        user: { relationTo: slugs.users, value: userId['viewer@test.vn'] },
      },
    })
    expect(viewer.status).toBe(403)
    expect(await countLocks()).toBe(before)
  })

  it('should let an editor lock as themself, hide the lock from a viewer, and keep it from others’ deletes', async () => {
    const article = await publishedArticle('Khoá của biên tập viên')
    const made = await app.rest('POST', `/${LOCKS_SLUG}`, {
      token: token['editor@test.vn'],
      body: {
        document: { relationTo: slugs.articles, value: article },
        user: { relationTo: slugs.users, value: userId['editor@test.vn'] },
      },
    })
    expect(made.status).toBe(201)
    const lockId = ((await json(made)).doc as { id: number }).id
    const viewerList = await json(
      await app.rest('GET', `/${LOCKS_SLUG}`, { token: token['viewer@test.vn'] }),
    )
    expect(viewerList).toEqual(expect.objectContaining({ totalDocs: 0 }))
    const removed = await app.rest('DELETE', `/${LOCKS_SLUG}?where[id][in]=${lockId}`, {
      token: token['reviewer@test.vn'],
    })
    expect(removed.status).toBe(403)
    const stillThere = await app.payload.findByID({
      collection: LOCKS_SLUG as never,
      id: lockId,
      overrideAccess: true,
    })
    expect(stillThere).toBeTruthy()
    const own = await app.rest('DELETE', `/${LOCKS_SLUG}/${lockId}`, {
      token: token['editor@test.vn'],
    })
    expect(own.status).toBe(200)
  })
})

describe('writes stay inside the caller’s rights', () => {
  const outlet = (unit: number, name: string) =>
    app.payload.create({
      collection: slugs.outlets,
      data: { name, kind: 'communeStation', channels: ['radio'], unit },
      overrideAccess: true,
    })

  it('should refuse an editor of another unit the update and delete of an outlet, with 403', async () => {
    const station = await outlet(tree.communeA1, 'Đài truyền thanh xã A1')
    const update = await app.rest('PATCH', `/${slugs.outlets}/${station.id}`, {
      token: token['editor.b@test.vn'],
      body: { name: 'Đổi tên' },
    })
    expect([403, 404]).toContain(update.status)
    const remove = await app.rest('DELETE', `/${slugs.outlets}/${station.id}`, {
      token: token['editor.b@test.vn'],
    })
    expect([403, 404]).toContain(remove.status)
    const stored = await app.payload.findByID({
      collection: slugs.outlets,
      id: station.id,
      overrideAccess: true,
    })
    expect(stored.name).toBe('Đài truyền thanh xã A1')
  })

  it('should answer a bulk update reaching outside the caller’s subtree with 403, changing nothing', async () => {
    const own = await outlet(tree.communeB1, 'Đài phường B1')
    const other = await outlet(tree.communeA2, 'Đài xã A2')
    const res = await app.rest('PATCH', `/${slugs.outlets}?where[id][in]=${own.id},${other.id}`, {
      token: token['editor.b@test.vn'],
      body: { reminderLeadHours: 48 },
    })
    expect(res.status).toBe(403)
    for (const id of [own.id, other.id]) {
      const stored = await app.payload.findByID({
        collection: slugs.outlets,
        id,
        overrideAccess: true,
      })
      expect(stored.reminderLeadHours).toBe(24)
    }
  })

  it('should answer a viewer’s bulk role change with 403, not a silent 200', async () => {
    const res = await app.rest(
      'PATCH',
      `/${slugs.users}?where[id][equals]=${userId['viewer@test.vn']}`,
      { token: token['viewer@test.vn'], body: { roles: ['admin'] } },
    )
    expect(res.status).toBe(403)
    const stored = await app.payload.findByID({
      collection: slugs.users,
      id: userId['viewer@test.vn']!,
      overrideAccess: true,
    })
    expect(stored.roles).toEqual(['viewer'])
  })

  it('should refuse an editor reparenting a unit with 403 naming the field, and pass an unchanged one', async () => {
    const moved = await app.rest('PATCH', `/${slugs.units}/${tree.communeA1}`, {
      token: token['editor@test.vn'],
      body: { parent: tree.communeB1 },
    })
    expect(moved.status).toBe(403)
    expect(JSON.stringify(await moved.json())).toContain('Bạn không có quyền thay đổi trường')
    const stored = await app.payload.findByID({
      collection: slugs.units,
      id: tree.communeA1,
      depth: 0,
      overrideAccess: true,
    })
    expect(stored.parent).toBe(tree.province)
    // The admin's form sends read-only fields back as they are: that is no change.
    const same = await app.rest('PATCH', `/${slugs.units}/${tree.communeA1}`, {
      token: token['editor@test.vn'],
      body: { parent: tree.province },
    })
    expect(same.status).toBe(200)
  })

  it('should refuse an editor without the publish right the delete of a live article', async () => {
    const article = await publishedArticle('Bài đang hiển thị')
    const res = await app.rest('DELETE', `/${slugs.articles}/${article}`, {
      token: token['editor@test.vn'],
    })
    expect(res.status).toBe(403)
    expect(JSON.stringify(await res.json())).toContain('chỉ người có quyền xuất bản')
    const stored = await app.payload.findByID({
      collection: slugs.articles,
      id: article,
      overrideAccess: true,
    })
    expect(stored._status).toBe('published')
    const reviewer = await app.rest('DELETE', `/${slugs.articles}/${article}`, {
      token: token['reviewer@test.vn'],
    })
    expect(reviewer.status).toBe(200)
  })
})

describe('query limits', () => {
  it('should give anyone but an admin at most 100 documents a page and depth 2', async () => {
    const anonymous = await json(
      await app.rest('GET', `/${slugs.units}?limit=100000&depth=9`, {
        token: token['editor@test.vn'],
      }),
    )
    expect(anonymous.limit).toBe(100)
    const unpaged = await json(await app.rest('GET', `/${slugs.articles}?pagination=false`, {}))
    expect(unpaged.limit).toBe(100)
    const admin = await json(
      await app.rest('GET', `/${slugs.units}?limit=500`, { token: token['admin@test.vn'] }),
    )
    expect(admin.limit).toBe(500)
  })

  it('should refuse a GraphQL query with 200 aliases before running it', async () => {
    const query = `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: Articles { docs { id } }`).join(' ')} }`
    const answer = await app.graphql(query)
    expect(answer.data).toBeUndefined()
    expect(answer.errors?.[0]?.message).toContain('Yêu cầu GraphQL hỏi quá nhiều một lúc')
  })
})
