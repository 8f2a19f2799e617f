import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'
import { slugs } from '@/platform/slugs'
import { createTree, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
})
afterAll(async () => app?.destroy())

const get = (id: number) =>
  app.payload.findByID({ collection: slugs.units, id, depth: 0, overrideAccess: true })

const validationMessage = async (promise: Promise<unknown>): Promise<string> => {
  try {
    await promise
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError)
    return (error as ValidationError).data.errors.map((e) => e.message).join(' | ')
  }
  throw new Error('expected a validation error')
}

describe('units', () => {
  it('should keep the lineage of each unit in its breadcrumbs', async () => {
    const commune = await get(tree.communeA1)
    expect(commune.breadcrumbs?.map((b) => b.label)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND huyện A',
      'UBND xã A1',
    ])
    expect(commune.breadcrumbs?.at(-1)?.url).toBe('TN/TN-A/TN-A1')
  })

  it('should refuse to put a district under its own commune, in Vietnamese, and change nothing', async () => {
    const message = await validationMessage(
      app.payload.update({
        collection: slugs.units,
        id: tree.districtA,
        data: { parent: tree.communeA1 },
        overrideAccess: true,
      }),
    )
    expect(message).toContain('vòng lặp')
    expect((await get(tree.districtA)).parent).toBe(tree.province)
  })

  it('should refuse a unit as its own parent', async () => {
    const message = await validationMessage(
      app.payload.update({
        collection: slugs.units,
        id: tree.districtB,
        data: { parent: tree.districtB },
        overrideAccess: true,
      }),
    )
    expect(message).toContain('vòng lặp')
  })

  it('should refuse a province under another unit and a commune under a department', async () => {
    expect(
      await validationMessage(
        app.payload.update({
          collection: slugs.units,
          id: tree.province,
          data: { parent: tree.districtA },
          overrideAccess: true,
        }),
      ),
    ).toMatch(/tỉnh không có đơn vị cấp trên|vòng lặp/)
    expect(
      await validationMessage(
        app.payload.create({
          collection: slugs.units,
          data: { name: 'Xã lạc chỗ', code: 'TN-X', level: 'commune', parent: tree.department },
          overrideAccess: true,
        }),
      ),
    ).toBe('Đơn vị cấp "Xã, phường, thị trấn" không thể trực thuộc đơn vị cấp "Sở, ban, ngành".')
    expect(
      (
        await app.payload.count({
          collection: slugs.units,
          where: { code: { equals: 'TN-X' } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)
  })

  it('should answer in English when the request asks for it', async () => {
    const res = await app.rest('PATCH', `/units/${tree.districtA}`, {
      token: await adminToken(),
      body: { parent: tree.communeA2 },
      headers: { 'Accept-Language': 'en' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('cycle')
  })

  it('should store codes upper-case and refuse a duplicate or malformed code', async () => {
    const created = await app.payload.create({
      collection: slugs.units,
      data: { name: 'UBND xã A3', code: ' tn-a3 ', level: 'commune', parent: tree.districtA },
      overrideAccess: true,
    })
    expect(created.code).toBe('TN-A3')
    await expect(
      app.payload.create({
        collection: slugs.units,
        data: { name: 'Trùng', code: 'tn-a3', level: 'commune', parent: tree.districtA },
        overrideAccess: true,
      }),
    ).rejects.toThrow()
    expect(
      await validationMessage(
        app.payload.create({
          collection: slugs.units,
          data: { name: 'Sai mã', code: 'TN A4', level: 'commune', parent: tree.districtA },
          overrideAccess: true,
        }),
      ),
    ).toContain('Mã đơn vị "TN A4" không hợp lệ')
    await app.payload.delete({ collection: slugs.units, id: created.id, overrideAccess: true })
  })

  it('should update the breadcrumbs of a whole branch when it moves', async () => {
    const district = await app.payload.create({
      collection: slugs.units,
      data: { name: 'UBND huyện C', code: 'TN-C', level: 'district', parent: tree.province },
      overrideAccess: true,
    })
    const commune = await app.payload.create({
      collection: slugs.units,
      data: { name: 'UBND xã C1', code: 'TN-C1', level: 'commune', parent: district.id },
      overrideAccess: true,
    })
    await app.payload.update({
      collection: slugs.units,
      id: commune.id,
      data: { parent: tree.districtB },
      overrideAccess: true,
    })
    expect((await get(commune.id as number)).breadcrumbs?.map((b) => b.label)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND huyện B',
      'UBND xã C1',
    ])
    await app.payload.delete({ collection: slugs.units, id: commune.id, overrideAccess: true })
    await app.payload.delete({ collection: slugs.units, id: district.id, overrideAccess: true })
  })

  it('should refuse to delete a unit that still has sub-units', async () => {
    const res = await app.rest('DELETE', `/units/${tree.districtA}`, { token: await adminToken() })
    expect(res.status).toBe(409)
    expect(JSON.stringify(await res.json())).toContain('còn 2 đơn vị trực thuộc')
    expect((await get(tree.districtA)).id).toBe(tree.districtA)
  })
})

let token: string | undefined
const adminToken = async () => {
  if (!token) {
    const { createUser, PASSWORD } = await import('../helpers/fixtures')
    await createUser(app.payload, 'admin-units@test.vn', ['admin'], null)
    token = await app.login('admin-units@test.vn', PASSWORD)
  }
  return token
}
