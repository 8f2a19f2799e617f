import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { quietContext } from '@/platform/context'
import { storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'

import { demoMailDomain, seedUnits, type SeedUnit } from './units'
import { DEMO_PASSWORD, seedUsers } from './users'

export { DEMO_PASSWORD, seedUsers } from './users'
export { demoMailDomain } from './units'

type Id = number | string

export type OrganisationSeed = {
  /** Every demo unit with its id, in tree order (parents first). */
  units: (SeedUnit & { id: Id })[]
  unitIds: Map<string, Id>
  userIds: Map<string, Id>
  unitsCreated: number
  usersCreated: number
}

/**
 * The demo province's units and one account per role; existing ones are kept, so running it again
 * changes nothing. Seeding is the system acting, not a user: it writes with access control off, and
 * quietly (the seed orchestrator rebuilds derived data once at the end).
 */
export const seedOrganisation = async (
  payload: Payload,
  admin: { email: string; password: string },
): Promise<OrganisationSeed> => {
  const system = asSystem(payload)
  const unitIds = new Map<string, Id>()
  let unitsCreated = 0
  for (const unit of seedUnits) {
    const { docs } = await system.find({
      collection: slugs.units,
      where: { code: { equals: unit.code.toUpperCase() } },
      limit: 1,
      depth: 0,
    })
    const existing = docs[0]
    if (existing) {
      unitIds.set(unit.code, existing.id)
      continue
    }
    const parent = unit.parent ? unitIds.get(unit.parent) : undefined
    const doc = await system.create({
      collection: slugs.units,
      data: {
        name: unit.name,
        code: unit.code,
        level: unit.level,
        parent: parent === undefined ? null : storedId(parent),
        contactEmails: [{ email: `${unit.code.toLowerCase()}@${demoMailDomain}` }],
        portalUrl: unit.portal ? `https://${unit.code.toLowerCase()}.${demoMailDomain}` : null,
        hasRadioStation: Boolean(unit.radio),
        hasOneStopDesk: Boolean(unit.desk),
        postOfficeCulturePoints: unit.postOffices ?? 0,
      },
      depth: 0,
      context: quietContext,
    })
    unitIds.set(unit.code, doc.id)
    unitsCreated++
  }

  const wanted = [
    {
      email: admin.email,
      password: admin.password,
      name: 'Quản trị hệ thống',
      roles: ['admin' as const],
      unit: 'HT',
      apiKey: false,
    },
    ...seedUsers.map((user) => ({
      ...user,
      password: DEMO_PASSWORD,
      apiKey: Boolean(user.apiKey),
    })),
  ]
  const userIds = new Map<string, Id>()
  let usersCreated = 0
  for (const user of wanted) {
    const { docs } = await system.find({
      collection: slugs.users,
      where: { email: { equals: user.email.toLowerCase() } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      userIds.set(user.email, docs[0].id)
      continue
    }
    const unit = unitIds.get(user.unit)
    const doc = await system.create({
      collection: slugs.users,
      data: {
        email: user.email,
        password: user.password,
        name: user.name,
        roles: user.roles,
        unit: unit === undefined ? null : storedId(unit),
        language: 'vi',
        ...(user.apiKey ? { enableAPIKey: true, apiKey: crypto.randomUUID() } : {}),
      },
      depth: 0,
      context: quietContext,
    })
    userIds.set(user.email, doc.id)
    usersCreated++
  }
  return {
    units: seedUnits.map((unit) => ({ ...unit, id: unitIds.get(unit.code)! })),
    unitIds,
    userIds,
    unitsCreated,
    usersCreated,
  }
}
