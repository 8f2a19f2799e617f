import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import type { Unit, User } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { relationId, storedId } from '@/platform/fields/relationId'
import { languageOf } from '@/platform/i18n/catalog'
import { appExtensions, type SuccessionThing } from '@/platform/module'
import { isQuiet } from '@/platform/context'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation/audit'
import { dayOf, formatDay, isDay, storedDay, type Day } from '@/platform/time'

import {
  normalizeUnitCode,
  unitLevels,
  type UnitLevel,
} from '@/modules/organisation/domain/hierarchy'
import {
  planReorganisation,
  type Movable,
  type ReorganisationPlan,
  type UnitRecord,
} from '@/modules/organisation/domain/reorganisation'
import { refused, t } from '@/modules/organisation/i18n'
import { UNIT_MOVE_RECORDED } from '@/modules/organisation/collections/Users/hooks/recordUnitChange'
import { loadLineage } from '@/modules/organisation/lineage'
import { passCalendarToken } from './calendarToken'
import { PARENT_CHANGE_UNTIL } from './hooks/validateUnit'

type Id = number | string

/** What a reorganisation does (or, in a dry run, would do), as the API answers it. */
export type ReorganisationOutcome = {
  ok: true
  dryRun: boolean
  kind: ReorganisationPlan['kind']
  effectiveDate: Day
  closeOn: Day
  sources: { code: string; name: string }[]
  targets: { code: string; name: string; existing: boolean }[]
  moves: { group: string; groupLabel: string; label: string; from: string; to: string | null }[]
  lineage: { predecessor: string; successor: string }[]
  /** The record of the reorganisation (not in a dry run). */
  reorganisation: string | null
  summary: string
}

export type ReorganisationOrigin = 'wizard' | 'import' | 'seed'

type UnitRow = Pick<
  Unit,
  | 'id'
  | 'code'
  | 'name'
  | 'level'
  | 'type'
  | 'parent'
  | 'validFrom'
  | 'validTo'
  | 'calendarTokenHash'
>

/**
 * The whole organisation as the planner needs it. A system read: a reorganisation checks codes,
 * parents and dates against every unit, whoever asks (only admins may ask).
 */
const loadUnits = async (req: PayloadRequest) =>
  (
    await asSystem(req).find({
      collection: slugs.units,
      depth: 0,
      limit: 0,
      pagination: false,
      select: {
        code: true,
        name: true,
        level: true,
        type: true,
        parent: true,
        validFrom: true,
        validTo: true,
        calendarTokenHash: true,
      },
    })
  ).docs as UnitRow[]

const record = (unit: UnitRow): UnitRecord => ({
  id: unit.id,
  code: unit.code,
  name: unit.name,
  level: unit.level,
  type: unit.type ?? null,
  parentId: relationId(unit.parent),
  validFrom: dayOf(unit.validFrom),
  validTo: dayOf(unit.validTo),
})

/**
 * What the closing units own that carries on from the effective day: sub-units still operating
 * then, people, the calendar token, and whatever the other modules list (outlets and their coming
 * broadcasts). System reads, for the same reason as above.
 */
const listMovables = async (
  req: PayloadRequest,
  units: UnitRow[],
  sourceIds: Id[],
  day: Day,
): Promise<Movable[]> => {
  if (sourceIds.length === 0) return []
  const sources = new Set(sourceIds.map(String))
  const movables: Movable[] = []
  for (const unit of units) {
    const parentId = relationId(unit.parent)
    const to = dayOf(unit.validTo)
    if (parentId !== null && sources.has(String(parentId)) && (!to || to >= day))
      movables.push({ group: 'units', ref: unit.code, sourceId: parentId, label: unit.name })
  }
  const { docs: users } = await asSystem(req).find({
    collection: slugs.users,
    where: { unit: { in: sourceIds } },
    depth: 0,
    limit: 0,
    pagination: false,
    sort: 'email',
    select: { email: true, name: true, unit: true },
  })
  for (const user of users)
    movables.push({
      group: 'users',
      ref: user.email.toLowerCase(),
      sourceId: relationId(user.unit)!,
      label: `${user.name} <${user.email}>`,
    })
  for (const unit of units)
    if (sources.has(String(unit.id)) && unit.calendarTokenHash)
      movables.push({
        group: 'calendarToken',
        ref: unit.code,
        sourceId: unit.id,
        label: `${t(req, 'reorg.group.calendarToken')} (${unit.name})`,
      })
  for (const step of appExtensions(req.payload).successionSteps)
    movables.push(...(await step.list(req, sourceIds, day)))
  return movables
}

/** A refused request's problems as one message: each in the reader's language, names and days readable. */
const problemText = (
  req: PayloadRequest,
  problems: { key: string; params?: Record<string, string | number> }[],
) =>
  problems
    .map(({ key, params }) => {
      const named: Record<string, string | number> = { ...params }
      for (const [name, value] of Object.entries(named)) {
        if (
          (name === 'level' || name === 'parentLevel') &&
          (unitLevels as readonly string[]).includes(String(value))
        )
          named[name] = t(req, `level.${value as UnitLevel}`)
        else if (typeof value === 'string' && isDay(value)) named[name] = formatDay(value)
      }
      // Keys come from the planner, which only names catalogue keys.
      return t(req, key as Parameters<typeof t>[1], named)
    })
    .join(' ')

/**
 * Merges, splits, renames or moves units as one operation (see domain/reorganisation.ts): checks
 * the request against every unit, then — unless it is a dry run — in one transaction opens the
 * targets, moves sub-units, people, calendar tokens, outlets and coming broadcasts to them, closes
 * the sources on the day before the effective date and writes the lineage. Reports, airings and
 * tallies stay where they were made. A refused request changes nothing.
 */
export const reorganiseUnits = async (
  req: PayloadRequest,
  body: Record<string, unknown>,
  options: { dryRun: boolean; origin?: ReorganisationOrigin },
): Promise<ReorganisationOutcome> => {
  const units = await loadUnits(req)
  const byCode = new Map(units.map((u) => [u.code, u]))
  const byId = new Map(units.map((u) => [String(u.id), u]))
  const day = typeof body.effectiveDate === 'string' ? body.effectiveDate.trim() : ''
  const sourceIds = (Array.isArray(body.sources) ? body.sources : [])
    .map((code) => byCode.get(normalizeUnitCode(String(code))))
    .filter((u): u is UnitRow => u !== undefined)
    .map((u) => u.id)
  const movables = isDay(day) ? await listMovables(req, units, sourceIds, day) : []
  const handedOn = new Set((await loadLineage(req)).map((link) => String(link.predecessorId)))
  const outcome = planReorganisation(
    body,
    units.map(record),
    movables,
    (id) => Boolean(byId.get(String(id))?.calendarTokenHash),
    (id) => handedOn.has(String(id)),
  )
  if (!outcome.ok)
    throw refused(req, 'reorg.refused', { problems: problemText(req, outcome.problems) })
  const { plan } = outcome

  const groupLabel = (group: string): string => {
    const step = appExtensions(req.payload).successionSteps.find((s) => s.group === group)
    if (step) return step.label[languageOf(req.i18n?.language)]
    return group === 'units' || group === 'users' || group === 'calendarToken'
      ? t(req, `reorg.group.${group}`)
      : group
  }
  const targetName = (code: string | null) =>
    code === null ? null : (plan.targets.find((target) => target.code === code)?.name ?? code)
  const description: Omit<ReorganisationOutcome, 'dryRun' | 'reorganisation'> = {
    ok: true,
    kind: plan.kind,
    effectiveDate: plan.effectiveDate,
    closeOn: plan.closeOn,
    sources: plan.sources.map((s) => ({ code: s.code, name: s.name })),
    targets: plan.targets.map((target) => ({
      code: target.code,
      name: target.name,
      existing: target.existingId !== null,
    })),
    moves: plan.moves.map(({ movable, targetCode }) => ({
      group: movable.group,
      groupLabel: groupLabel(movable.group),
      label: movable.label,
      from: byId.get(String(movable.sourceId))?.name ?? '',
      to: targetName(targetCode),
    })),
    lineage: plan.lineage.map((link) => ({
      predecessor: link.predecessorCode,
      successor: link.successorCode,
    })),
    summary: '',
  }
  description.summary = [
    `${t(req, `lineage.${plan.kind}`)} ${formatDay(plan.effectiveDate)}: ${plan.sources.map((s) => s.name).join(', ')} → ${plan.targets.map((x) => x.name).join(', ')}`,
    ...description.moves.map(
      (move) =>
        `${move.groupLabel}: ${move.label} → ${move.to ?? t(req, 'reorg.tokenDropped', { name: move.from })}`,
    ),
  ].join('\n')
  if (options.dryRun) return { ...description, dryRun: true, reorganisation: null }

  const ownTransaction = await initTransaction(req)
  try {
    const id = await applyPlan(req, plan, options.origin ?? 'wizard', description.summary)
    if (ownTransaction) await commitTransaction(req)
    return { ...description, dryRun: false, reorganisation: String(id) }
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
}

/** Writes a checked plan, inside the caller's transaction. Returns the reorganisation record's id. */
const applyPlan = async (
  req: PayloadRequest,
  plan: ReorganisationPlan,
  origin: ReorganisationOrigin,
  summary: string,
): Promise<Id> => {
  // System writes: the reorganisation was checked as a whole and is made by an admin (or the seed).
  const system = asSystem(req)
  const reorganisation = await system.create({
    collection: slugs.unitReorganisations,
    data: {
      title: summary.split('\n')[0],
      kind: plan.kind,
      effectiveDate: storedDay(plan.effectiveDate),
      origin,
      sources: plan.sources.map((s) => storedId(s.id)),
      performedBy: req.user && req.user.collection === slugs.users ? storedId(req.user.id) : null,
      summary,
    },
    depth: 0,
  })

  // A unit made from others owns what they owned (their stations and desks carry on with it); a
  // split's parts, and units that already operate, keep what they are given by hand.
  const { docs: owned } = await system.find({
    collection: slugs.units,
    where: { id: { in: plan.sources.map((s) => s.id) } },
    depth: 0,
    pagination: false,
    select: {
      hasRadioStation: true,
      hasOneStopDesk: true,
      postOfficeCulturePoints: true,
      portalUrl: true,
    },
  })
  const inherited =
    plan.kind === 'split'
      ? {}
      : {
          hasRadioStation: owned.some((u) => u.hasRadioStation),
          hasOneStopDesk: owned.some((u) => u.hasOneStopDesk),
          postOfficeCulturePoints: owned.reduce(
            (sum, u) => sum + (u.postOfficeCulturePoints ?? 0),
            0,
          ),
          portalUrl: owned.find((u) => u.portalUrl)?.portalUrl ?? null,
        }

  // Targets open on the date (or already operate and take the work on).
  const targetIds = new Map<string, Id>()
  for (const target of plan.targets) {
    if (target.existingId !== null) {
      targetIds.set(target.code, target.existingId)
      continue
    }
    const created = await system.create({
      collection: slugs.units,
      data: {
        name: target.name,
        code: target.code,
        level: target.level,
        type: (target.type as Unit['type']) ?? null,
        officialCode: target.officialCode,
        parent: target.parentId === null ? null : storedId(target.parentId),
        validFrom: storedDay(plan.effectiveDate),
        ...inherited,
      },
      depth: 0,
    })
    targetIds.set(target.code, created.id)
  }
  const targetOf = (code: string | null) => (code === null ? null : (targetIds.get(code) ?? null))

  // Sub-units, people, tokens and outlets first, so no source closes with something still open.
  await handOver(
    req,
    plan.moves.map(({ movable, targetCode }) => ({ movable, targetId: targetOf(targetCode) })),
    {
      closeOn: plan.closeOn,
      effectiveDate: plan.effectiveDate,
      reason: plan.kind,
      reorganisationId: reorganisation.id,
    },
  )
  for (const source of plan.sources)
    await system.update({
      collection: slugs.units,
      id: source.id,
      data: { validTo: storedDay(plan.closeOn) },
      depth: 0,
    })

  for (const link of plan.lineage)
    await system.create({
      collection: slugs.unitLineage,
      data: {
        predecessor: storedId(plan.sources.find((s) => s.code === link.predecessorCode)!.id),
        successor: storedId(targetIds.get(link.successorCode)!),
        effectiveDate: storedDay(plan.effectiveDate),
        kind: plan.kind,
        reorganisation: storedId(reorganisation.id),
      },
      depth: 0,
    })
  await system.update({
    collection: slugs.unitReorganisations,
    id: reorganisation.id,
    data: { targets: [...targetIds.values()].map(storedId) },
    depth: 0,
  })
  if (!isQuiet(req))
    await audit(req, {
      action: 'units.reorganised',
      collection: slugs.unitReorganisations,
      documentId: reorganisation.id,
      summary: {
        kind: plan.kind,
        effectiveDate: plan.effectiveDate,
        sources: plan.sources.map((source) => source.id),
        targets: [...targetIds.values()],
        origin,
      },
    })
  return reorganisation.id
}

/**
 * Hands what closing units own to their successors (`targetId`; null: dropped, for a second
 * calendar token): sub-units go under the successor (their old parent kept as history up to
 * `closeOn`), people move with a line of history, calendar tokens pass on, and each module's
 * succession step moves its records (outlets and their coming broadcasts). Inside the caller's
 * transaction; system writes, for a reorganisation or import an admin already made.
 */
export const handOver = async (
  req: PayloadRequest,
  moves: readonly { movable: Movable; targetId: Id | null }[],
  context: {
    closeOn: Day
    effectiveDate: Day
    reason: ReorganisationPlan['kind'] | 'import'
    reorganisationId: Id | null
  },
): Promise<void> => {
  const system = asSystem(req)
  const units = moves.filter((m) => m.movable.group === 'units' && m.targetId !== null)
  if (units.length > 0) {
    req.context[PARENT_CHANGE_UNTIL] = context.closeOn
    try {
      for (const { movable, targetId } of units) {
        const { docs } = await system.find({
          collection: slugs.units,
          where: { code: { equals: movable.ref } },
          depth: 0,
          limit: 1,
        })
        if (docs[0])
          await system.update({
            collection: slugs.units,
            id: docs[0].id,
            data: { parent: storedId(targetId!) },
            depth: 0,
          })
      }
    } finally {
      delete req.context[PARENT_CHANGE_UNTIL]
    }
  }

  // People follow their unit and keep a line saying when and why.
  req.context[UNIT_MOVE_RECORDED] = true
  try {
    for (const { movable, targetId } of moves.filter((m) => m.movable.group === 'users')) {
      const { docs } = await system.find({
        collection: slugs.users,
        where: { email: { equals: movable.ref } },
        depth: 0,
        limit: 1,
      })
      const user: User | undefined = docs[0]
      if (!user || targetId === null) continue
      const id = (value: unknown) => {
        const found = relationId(value)
        return found === null ? null : storedId(found)
      }
      await system.update({
        collection: slugs.users,
        id: user.id,
        data: {
          unit: storedId(targetId),
          unitHistory: [
            ...(user.unitHistory ?? []).map((row) => ({
              ...row,
              unit: id(row.unit),
              movedTo: id(row.movedTo),
              reorganisation: id(row.reorganisation),
            })),
            {
              unit: storedId(movable.sourceId),
              until: storedDay(context.closeOn),
              movedTo: storedId(targetId),
              reason: context.reason,
              reorganisation:
                context.reorganisationId === null ? null : storedId(context.reorganisationId),
            },
          ],
        },
        depth: 0,
      })
    }
  } finally {
    delete req.context[UNIT_MOVE_RECORDED]
  }

  for (const { movable, targetId } of moves.filter((m) => m.movable.group === 'calendarToken'))
    await passCalendarToken(req, movable.sourceId, targetId)

  for (const step of appExtensions(req.payload).successionSteps) {
    const mine = moves
      .filter((m) => m.movable.group === step.group && m.targetId !== null)
      .map((m) => ({ thing: m.movable as SuccessionThing, targetId: m.targetId! }))
    if (mine.length > 0) await step.apply(req, mine, context.effectiveDate)
  }
}

/** What closing units own that carries on from a day (see `listMovables`), for the CSV import. */
export const movablesOf = async (req: PayloadRequest, sourceIds: Id[], day: Day) =>
  listMovables(req, await loadUnits(req), sourceIds, day)
