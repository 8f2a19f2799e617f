import type { Payload } from 'payload'
import type { Role } from '@/platform/roles'
import type { UnitLevel } from '@/modules/organisation/domain/hierarchy'
import { slugs } from '@/platform/slugs'

export const PASSWORD = 'MatKhau@Test1'

export type Tree = Record<
  'province' | 'department' | 'communeA1' | 'centreA1' | 'communeA2' | 'communeB1',
  number
>

const unit = async (
  payload: Payload,
  name: string,
  code: string,
  level: UnitLevel,
  parent?: number,
  extra: Record<string, unknown> = {},
) =>
  (
    await payload.create({
      collection: slugs.units,
      // Operating since before the records (a unit created without a first day starts today).
      data: { name, code, level, parent, validFrom: null, ...extra },
      overrideAccess: true,
      depth: 0,
    })
  ).id as number

/**
 * A small hand-made province of two-tier local government: one department, three communes (A1 and
 * B1 with a radio station) directly under the province, and A1's public-service centre as its
 * sub-unit (so A1 is a subtree of two units).
 */
export const createTree = async (payload: Payload): Promise<Tree> => {
  const province = await unit(payload, 'UBND tỉnh Thử Nghiệm', 'TN', 'province', undefined, {
    type: 'tinh',
  })
  const department = await unit(payload, 'Sở Nội vụ', 'TN-SNV', 'department', province)
  const communeA1 = await unit(payload, 'UBND xã A1', 'TN-A1', 'commune', province, {
    type: 'xa',
    hasRadioStation: true,
  })
  const centreA1 = await unit(
    payload,
    'Trung tâm Phục vụ hành chính công xã A1',
    'TN-A1-TT',
    'communeUnit',
    communeA1,
  )
  const communeA2 = await unit(payload, 'UBND xã A2', 'TN-A2', 'commune', province, { type: 'xa' })
  const communeB1 = await unit(payload, 'UBND phường B1', 'TN-B1', 'commune', province, {
    type: 'phuong',
    hasRadioStation: true,
  })
  return { province, department, communeA1, centreA1, communeA2, communeB1 }
}

export const createUser = async (
  payload: Payload,
  email: string,
  roles: Role[],
  unitId: number | null,
  extra: Record<string, unknown> = {},
) =>
  payload.create({
    collection: slugs.users,
    data: { email, password: PASSWORD, name: email.split('@')[0]!, roles, unit: unitId, ...extra },
    overrideAccess: true,
    depth: 0,
  })
