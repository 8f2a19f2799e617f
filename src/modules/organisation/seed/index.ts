import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { quietSystemRequest } from '@/platform/bulk'
import { quietContext } from '@/platform/context'
import { storedId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'
import { localDay, storedDay } from '@/platform/time'

import type { Unit } from '@/payload-types'
import { reorganiseUnits } from '@/modules/organisation/collections/Units/reorganize'
import { unitsCarryingOn } from '@/modules/organisation/lineage'
import {
  demoMailDomain,
  seedReorganisations,
  seedUnitsOfThen,
  seedUnitsOfToday,
  type SeedUnit,
} from './units'
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

const unitData = (unit: SeedUnit, parent: Id | undefined) => ({
  name: unit.name,
  code: unit.code,
  level: unit.level,
  type: (unit.type as Unit['type']) ?? null,
  officialCode: unit.officialCode ?? null,
  parent: parent === undefined ? null : storedId(parent),
  validFrom: unit.validFrom ? storedDay(unit.validFrom) : null,
  validTo: unit.validTo ? storedDay(unit.validTo) : null,
  contactEmails: [{ email: `${unit.code.toLowerCase()}@${demoMailDomain}` }],
  portalUrl: unit.portal ? `https://${unit.code.toLowerCase()}.${demoMailDomain}` : null,
  hasRadioStation: Boolean(unit.radio),
  hasOneStopDesk: Boolean(unit.desk),
  postOfficeCulturePoints: unit.postOffices ?? 0,
})

/** Finds each unit by code or creates it; returns how many were created. */
const ensureUnits = async (
  payload: Payload,
  units: readonly SeedUnit[],
  unitIds: Map<string, Id>,
): Promise<number> => {
  const system = asSystem(payload)
  let created = 0
  for (const unit of units) {
    const { docs } = await system.find({
      collection: slugs.units,
      where: { code: { equals: unit.code.toUpperCase() } },
      limit: 1,
      depth: 0,
    })
    if (docs[0]) {
      unitIds.set(unit.code, docs[0].id)
      continue
    }
    const doc = await system.create({
      collection: slugs.units,
      data: unitData(unit, unit.parent ? unitIds.get(unit.parent) : undefined),
      depth: 0,
      context: quietContext,
    })
    unitIds.set(unit.code, doc.id)
    created++
  }
  return created
}

/**
 * The demo province as it was before 1 July 2025 (its departments, three districts and their
 * communes) and one account per role; existing ones are kept, so running it again changes nothing.
 * Seeding is the system acting, not a user: it writes with access control off, and quietly (the
 * seed orchestrator rebuilds derived data once at the end). `reorganiseDemoUnits` then makes the
 * province what it is today.
 */
export const seedOrganisation = async (
  payload: Payload,
  admin: { email: string; password: string },
): Promise<OrganisationSeed> => {
  const system = asSystem(payload)
  const unitIds = new Map<string, Id>()
  const unitsCreated = await ensureUnits(payload, seedUnitsOfThen, unitIds)

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
    units: seedUnitsOfThen.map((unit) => ({ ...unit, id: unitIds.get(unit.code)! })),
    unitIds,
    userIds,
    unitsCreated,
    usersCreated,
  }
}

/**
 * The reorganisations of 2025, each made by the same operation as the admin's wizard (so people,
 * stations and their coming broadcasts move, and the lineage is written), then the rest of today's
 * communes. Each reorganisation runs once: one whose first source already has a successor is done.
 * Returns every demo unit of today and of then, and `currentIds`: each demo code mapped to the unit
 * carrying its work today (a closed commune's code to the commune it became).
 */
export const reorganiseDemoUnits = async (
  payload: Payload,
): Promise<{
  units: (SeedUnit & { id: Id })[]
  unitIds: Map<string, Id>
  currentIds: Map<string, Id>
  unitsCreated: number
}> => {
  const req = await quietSystemRequest(payload)
  const system = asSystem(req)
  const unitIds = new Map<string, Id>()
  await ensureUnits(payload, seedUnitsOfThen, unitIds)
  let unitsCreated = 0
  for (const step of seedReorganisations) {
    const first = unitIds.get(step.sources[0]!)!
    const { totalDocs } = await system.count({
      collection: slugs.unitLineage,
      where: { predecessor: { equals: first } },
    })
    if (totalDocs > 0) continue
    const outcome = await reorganiseUnits(
      req,
      {
        kind: step.kind,
        sources: step.sources,
        targets: [
          {
            code: step.target.code,
            name: step.target.name,
            level: step.target.level,
            type: step.target.type,
            parent: step.target.parent,
          },
        ],
        effectiveDate: step.effectiveDate,
      },
      { dryRun: false, origin: 'seed' },
    )
    if (!outcome.targets[0]?.existing) {
      // The operation opens the unit with its name and place; the demo adds its contacts and equipment.
      const { docs } = await system.find({
        collection: slugs.units,
        where: { code: { equals: step.target.code } },
        limit: 1,
        depth: 0,
      })
      const {
        name: _name,
        code: _code,
        parent: _parent,
        ...details
      } = unitData(step.target, undefined)
      await system.update({
        collection: slugs.units,
        id: docs[0]!.id,
        data: { ...details, validFrom: storedDay(step.effectiveDate) },
        depth: 0,
      })
      unitsCreated++
    }
  }
  const targets = seedReorganisations.map((step) => step.target)
  await ensureUnits(payload, targets, unitIds)
  unitsCreated += await ensureUnits(payload, seedUnitsOfToday, unitIds)

  const all = [
    ...seedUnitsOfThen,
    ...targets.filter((t) => t.level === 'commune'),
    ...seedUnitsOfToday,
  ]
  const carrying = await unitsCarryingOn(
    payload,
    all.map((unit) => unitIds.get(unit.code)!),
    localDay(new Date()),
  )
  const native = new Map([...unitIds.values()].map((id) => [String(id), id]))
  const currentIds = new Map<string, Id>()
  for (const unit of all) {
    const id = unitIds.get(unit.code)!
    const heir = carrying.get(String(id))?.[0]
    currentIds.set(unit.code, (heir !== undefined ? native.get(heir) : undefined) ?? id)
  }
  return {
    units: all.map((unit) => ({ ...unit, id: unitIds.get(unit.code)! })),
    unitIds,
    currentIds,
    unitsCreated,
  }
}
