import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { ValidationError } from 'payload'
import { slugs } from '@/platform/slugs'
import { createTree, createUser, PASSWORD, type Tree } from '../helpers/fixtures'
import { startTestApp, type TestApp } from '../helpers/payload'

let app: TestApp
let tree: Tree
let token: string

beforeAll(async () => {
  app = await startTestApp()
  tree = await createTree(app.payload)
  await createUser(app.payload, 'admin-units@test.vn', ['admin'], null)
  token = await app.login('admin-units@test.vn', PASSWORD)
})
afterAll(async () => app?.destroy())

const get = (id: number) =>
  app.payload.findByID({ collection: slugs.units, id, depth: 0, overrideAccess: true })

const create = (data: Record<string, unknown>) =>
  app.payload.create({
    collection: slugs.units,
    // Test data as the admin form would send it.
    data: data as never,
    overrideAccess: true,
  })

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
    const centre = await get(tree.centreA1)
    expect(centre.breadcrumbs?.map((b) => b.label)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND xã A1',
      'Trung tâm Phục vụ hành chính công xã A1',
    ])
    expect(centre.breadcrumbs?.at(-1)?.url).toBe('TN/TN-A1/TN-A1-TT')
  })

  it('should refuse to put a commune under its own sub-unit, in Vietnamese, and change nothing', async () => {
    const message = await validationMessage(
      app.payload.update({
        collection: slugs.units,
        id: tree.communeA1,
        data: { parent: tree.centreA1 },
        overrideAccess: true,
      }),
    )
    expect(message).toContain('vòng lặp')
    expect((await get(tree.communeA1)).parent).toBe(tree.province)
  })

  it('should refuse a unit as its own parent', async () => {
    const message = await validationMessage(
      app.payload.update({
        collection: slugs.units,
        id: tree.communeB1,
        data: { parent: tree.communeB1 },
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
          data: { parent: tree.communeA1 },
          overrideAccess: true,
        }),
      ),
    ).toMatch(/tỉnh không có đơn vị cấp trên|vòng lặp/)
    expect(
      await validationMessage(
        create({ name: 'Xã lạc chỗ', code: 'TN-X', level: 'commune', parent: tree.department }),
      ),
    ).toBe(
      'Đơn vị cấp "Cấp xã (xã, phường, đặc khu)" không thể trực thuộc đơn vị cấp "Cơ quan cấp tỉnh (sở, ban, ngành, báo, đài)".',
    )
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

  it('should keep districts for history: refused while open, accepted when closed by 30/06/2025', async () => {
    expect(
      await validationMessage(
        create({ name: 'UBND huyện C', code: 'TN-C', level: 'district', parent: tree.province }),
      ),
    ).toContain('đơn vị cấp huyện phải có ngày kết thúc không muộn hơn 30/06/2025')
    const district = await create({
      name: 'UBND huyện C',
      code: 'TN-C',
      level: 'district',
      type: 'huyen',
      parent: tree.province,
      validTo: '2025-06-30',
    })
    expect(
      await validationMessage(
        create({ name: 'UBND xã C1', code: 'TN-C1', level: 'commune', parent: district.id }),
      ),
    ).toContain('xã chỉ thuộc huyện khi đã kết thúc hoạt động')
    const commune = await create({
      name: 'UBND xã C1',
      code: 'TN-C1',
      level: 'commune',
      type: 'xa',
      parent: district.id,
      validTo: '2025-06-30',
    })
    expect(commune.validTo).toBe('2025-06-30T12:00:00.000Z')
  })

  it('should store a day picked in the admin as that day: the picker sends 12:00 UTC of it', async () => {
    const unit = await create({
      name: 'UBND xã A4',
      code: 'TN-A4',
      level: 'commune',
      parent: tree.province,
      validFrom: '2026-01-01T12:00:00.000Z',
    })
    expect(unit.validFrom).toBe('2026-01-01T12:00:00.000Z')
    // The same day sent as local midnight by an API client is stored the same way.
    const other = await create({
      name: 'UBND xã A5',
      code: 'TN-A5',
      level: 'commune',
      parent: tree.province,
      validFrom: '2026-01-01T00:00:00+07:00',
    })
    expect(other.validFrom).toBe('2026-01-01T12:00:00.000Z')
  })

  it('should refuse a last day before the first, a type of another level and a sub-unit outliving its commune', async () => {
    expect(
      await validationMessage(
        app.payload.update({
          collection: slugs.units,
          id: tree.communeA2,
          data: { validFrom: '2026-03-01', validTo: '2026-02-01' },
          overrideAccess: true,
        }),
      ),
    ).toBe('Ngày kết thúc (01/02/2026) không thể trước ngày bắt đầu (01/03/2026).')
    expect(
      await validationMessage(
        app.payload.update({
          collection: slugs.units,
          id: tree.communeA2,
          data: { type: 'huyen' },
          overrideAccess: true,
        }),
      ),
    ).toBe('Loại "Huyện" không thuộc cấp "Cấp xã (xã, phường, đặc khu)".')
    expect(
      await validationMessage(
        app.payload.update({
          collection: slugs.units,
          id: tree.communeA1,
          data: { validTo: '2026-06-30' },
          overrideAccess: true,
        }),
      ),
    ).toContain('Trung tâm Phục vụ hành chính công xã A1')
    expect((await get(tree.communeA1)).validTo).toBeFalsy()
  })

  it('should refuse an official code another unit uses at the same time', async () => {
    await app.payload.update({
      collection: slugs.units,
      id: tree.communeB1,
      data: { officialCode: '18070' },
      overrideAccess: true,
    })
    expect(
      await validationMessage(
        app.payload.update({
          collection: slugs.units,
          id: tree.communeA2,
          data: { officialCode: '18070' },
          overrideAccess: true,
        }),
      ),
    ).toContain('Mã ĐVHC "18070" đã được dùng cho "UBND phường B1"')
  })

  it('should answer in English when the request asks for it', async () => {
    const res = await app.rest('PATCH', `/units/${tree.communeA1}`, {
      token,
      body: { parent: tree.centreA1 },
      headers: { 'Accept-Language': 'en' },
    })
    expect(res.status).toBe(400)
    expect(JSON.stringify(await res.json())).toContain('cycle')
  })

  it('should store codes upper-case and refuse a duplicate or malformed code', async () => {
    const created = await create({
      name: 'UBND xã A3',
      code: ' tn-a3 ',
      level: 'commune',
      parent: tree.province,
    })
    expect(created.code).toBe('TN-A3')
    await expect(
      create({ name: 'Trùng', code: 'tn-a3', level: 'commune', parent: tree.province }),
    ).rejects.toThrow()
    expect(
      await validationMessage(
        create({ name: 'Sai mã', code: 'TN A4', level: 'commune', parent: tree.province }),
      ),
    ).toContain('Mã đơn vị "TN A4" không hợp lệ')
    await app.payload.delete({ collection: slugs.units, id: created.id, overrideAccess: true })
  })

  it('should update the breadcrumbs of a moved sub-unit and keep its former parent as history', async () => {
    const unit = await create({
      name: 'Đài truyền thanh',
      code: 'TN-DTT',
      level: 'communeUnit',
      parent: tree.communeA1,
      validFrom: '2025-01-01',
    })
    await app.payload.update({
      collection: slugs.units,
      id: unit.id,
      data: { parent: tree.communeB1 },
      overrideAccess: true,
    })
    const moved = await get(unit.id as number)
    expect(moved.breadcrumbs?.map((b) => b.label)).toEqual([
      'UBND tỉnh Thử Nghiệm',
      'UBND phường B1',
      'Đài truyền thanh',
    ])
    // Earlier periods still see it under A1, up to yesterday.
    expect(moved.formerParents).toHaveLength(1)
    expect(moved.formerParents![0]!.parent).toBe(tree.communeA1)
  })

  it('should refuse to delete a unit that still has sub-units, and one with history', async () => {
    const res = await app.rest('DELETE', `/units/${tree.communeA1}`, { token })
    expect(res.status).toBe(409)
    expect(JSON.stringify(await res.json())).toContain('còn 1 đơn vị trực thuộc')
    expect((await get(tree.communeA1)).id).toBe(tree.communeA1)

    const gone = await create({
      name: 'Xã cũ',
      code: 'TN-OLD',
      level: 'commune',
      parent: tree.province,
    })
    await app.payload.create({
      collection: slugs.unitLineage,
      data: {
        predecessor: gone.id,
        successor: tree.communeA2,
        effectiveDate: '2026-01-01',
        kind: 'merge',
      },
      overrideAccess: true,
    })
    const refused = await app.rest('DELETE', `/units/${gone.id}`, { token })
    expect(refused.status).toBe(409)
    expect(JSON.stringify(await refused.json())).toContain('vì đã có lịch sử')
    const unused = await create({
      name: 'Tạo nhầm',
      code: 'TN-NHAM',
      level: 'department',
      parent: tree.province,
    })
    expect((await app.rest('DELETE', `/units/${unused.id}`, { token })).status).toBe(200)
  })
})
