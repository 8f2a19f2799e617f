import type { Payload } from 'payload'
import type { Role } from '@/platform/roles'
import type { UnitLevel } from '@/modules/organisation/domain/hierarchy'
import { slugs } from '@/platform/slugs'

export const PASSWORD = 'MatKhau@Test1'

export type Tree = Record<
  'province' | 'department' | 'districtA' | 'districtB' | 'communeA1' | 'communeA2' | 'communeB1',
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
      data: { name, code, level, parent, ...extra },
      overrideAccess: true,
      depth: 0,
    })
  ).id as number

/** A small hand-made province: one department, two districts, three communes. */
export const createTree = async (payload: Payload): Promise<Tree> => {
  const province = await unit(payload, 'UBND tỉnh Thử Nghiệm', 'TN', 'province')
  const department = await unit(payload, 'Sở Nội vụ', 'TN-SNV', 'department', province)
  const districtA = await unit(payload, 'UBND huyện A', 'TN-A', 'district', province)
  const districtB = await unit(payload, 'UBND huyện B', 'TN-B', 'district', province)
  const communeA1 = await unit(payload, 'UBND xã A1', 'TN-A1', 'commune', districtA, {
    hasRadioStation: true,
  })
  const communeA2 = await unit(payload, 'UBND xã A2', 'TN-A2', 'commune', districtA)
  const communeB1 = await unit(payload, 'UBND xã B1', 'TN-B1', 'commune', districtB, {
    hasRadioStation: true,
  })
  return { province, department, districtA, districtB, communeA1, communeA2, communeB1 }
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
