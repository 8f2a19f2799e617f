import type { MessageParams } from '@/platform/i18n/catalog'
import { validOn } from '@/platform/lifespan'
import { addDays, isDay, type Day } from '@/platform/time'
import type { MessageKey } from '@/modules/organisation/messages'

import {
  checkPlacement,
  isValidOfficialCode,
  isValidUnitCode,
  normalizeUnitCode,
  typeFitsLevel,
  unitLevels,
  type HierarchyProblem,
  type UnitLevel,
} from './hierarchy'
import { lineageKinds, type LineageKind } from './lineage'

/**
 * A reorganisation as one operation (`POST /api/units/reorganize`, the wizard on the units list):
 * the sources close the day before the effective date, the targets open on it (new units, or
 * existing ones that take the sources' work), and what belongs to the sources from that day on —
 * sub-units, people, outlets and their coming broadcasts, calendar tokens — moves to a target.
 * History stays where it was made. This file decides, from plain data, whether the request makes
 * sense and what would move where; it changes nothing.
 */

type Id = number | string

export type ReorganisationKind = LineageKind
export const reorganisationKinds = lineageKinds

/** A unit as the planner sees it. */
export type UnitRecord = {
  id: Id
  code: string
  name: string
  level: UnitLevel
  type?: string | null
  parentId: Id | null
  validFrom?: Day | null
  validTo?: Day | null
}

/**
 * Something of a source that carries on after the date and must go to one of the targets: a
 * sub-unit (`units`, ref = its code), a person (`users`, ref = e-mail), an outlet with its coming
 * broadcasts (`outlets`, ref = id), the calendar token (`calendarToken`). Other modules add groups.
 */
export type Movable = { group: string; ref: string; sourceId: Id; label: string }

/** Where each kind of thing goes in a split: a whole group to one target, or one by one by ref. */
export type Assignments = {
  default?: string
  calendarToken?: string
  [group: string]: string | Record<string, string> | undefined
}

export type TargetPlan = {
  code: string
  name: string
  level: UnitLevel
  type: string | null
  officialCode: string | null
  parentId: Id | null
  /** The unit already exists (it absorbs the sources' work); null: created on the date. */
  existingId: Id | null
}

export type ReorganisationPlan = {
  kind: ReorganisationKind
  effectiveDate: Day
  /** The sources' last day. */
  closeOn: Day
  sources: UnitRecord[]
  targets: TargetPlan[]
  /** Each thing to its target's code; null: dropped (a second calendar token in a merge). */
  moves: { movable: Movable; targetCode: string | null }[]
  lineage: { predecessorCode: string; successorCode: string }[]
}

export type Problem = { key: MessageKey; params?: MessageParams }

export type PlanOutcome =
  { ok: true; plan: ReorganisationPlan } | { ok: false; problems: Problem[] }

/** How many sources and targets each kind takes. */
const shape: Record<ReorganisationKind, { sources: [number, number]; targets: [number, number] }> =
  {
    merge: { sources: [1, Infinity], targets: [1, 1] },
    split: { sources: [1, 1], targets: [2, Infinity] },
    rename: { sources: [1, 1], targets: [1, 1] },
    move: { sources: [1, 1], targets: [1, 1] },
  }

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')

const placementMessage = (problem: HierarchyProblem): MessageKey => `unit.${problem.kind}`

/** A placement problem's parameters: level values (named by the caller) and days. */
export const placementParams = (
  problem: HierarchyProblem,
  level: UnitLevel,
  parentLevel: UnitLevel | null,
): MessageParams => {
  const params: MessageParams = { level, parentLevel: parentLevel ?? '' }
  for (const [name, value] of Object.entries(problem))
    if (name !== 'kind' && typeof value === 'string') params[name] = value
  return params
}

/**
 * Checks a reorganisation request against the units as they are and says what it would do. Every
 * problem is listed (none are fixed silently); a request with any problem changes nothing.
 * `movables` are what the sources own that carries on after the date; `hasToken` tells which
 * units hold a calendar token (a target that already has one keeps it); `hasSuccessor` which
 * units were already handed on by an earlier reorganisation.
 */
export const planReorganisation = (
  request: Record<string, unknown>,
  units: readonly UnitRecord[],
  movables: readonly Movable[],
  hasToken: (unitId: Id) => boolean = () => false,
  hasSuccessor: (unitId: Id) => boolean = () => false,
): PlanOutcome => {
  const problems: Problem[] = []
  const refuse = (key: MessageKey, params?: MessageParams) => problems.push({ key, params })

  const kind = text(request.kind) as ReorganisationKind
  if (!(reorganisationKinds as readonly string[]).includes(kind)) {
    refuse('reorg.kind', { kind: text(request.kind) })
    return { ok: false, problems }
  }
  const effectiveDate = text(request.effectiveDate)
  if (!isDay(effectiveDate)) {
    refuse('reorg.date', { date: effectiveDate })
    return { ok: false, problems }
  }
  const closeOn = addDays(effectiveDate, -1)

  const byCode = new Map(units.map((u) => [normalizeUnitCode(u.code), u]))
  const byId = new Map(units.map((u) => [String(u.id), u]))

  // Sources: known, each once, operating on the day before the date (or closing exactly then).
  const sourceCodes = Array.isArray(request.sources) ? request.sources.map(text) : []
  const sources: UnitRecord[] = []
  for (const raw of sourceCodes) {
    const code = normalizeUnitCode(raw)
    const unit = byCode.get(code)
    if (!unit) refuse('reorg.unknownSource', { code: raw })
    else if (sources.includes(unit)) refuse('reorg.duplicateSource', { code })
    else sources.push(unit)
  }
  const rawTargets = Array.isArray(request.targets) ? request.targets : []
  const [minSources, maxSources] = shape[kind].sources
  const [minTargets, maxTargets] = shape[kind].targets
  if (sourceCodes.length < minSources || sourceCodes.length > maxSources)
    refuse(`reorg.sources.${kind}`, { count: sourceCodes.length })
  if (rawTargets.length < minTargets || rawTargets.length > maxTargets)
    refuse(`reorg.targets.${kind}`, { count: rawTargets.length })
  for (const source of sources) {
    // A unit entered with its last day already set may still be handed on from the day after;
    // one that closed earlier, or was already handed on, is done.
    if (
      source.validTo &&
      (source.validTo < closeOn || (source.validTo === closeOn && hasSuccessor(source.id)))
    )
      refuse('reorg.sourceClosed', { name: source.name, day: source.validTo })
    else if (source.validFrom && source.validFrom >= effectiveDate)
      refuse('reorg.sourceTooNew', {
        name: source.name,
        day: source.validFrom,
        date: effectiveDate,
      })
  }
  const first = sources[0]
  const sourceIds = new Set(sources.map((s) => String(s.id)))

  /** Whether a unit lies under one of the sources (its sub-units move with them). */
  const underSource = (unit: UnitRecord | undefined): boolean => {
    for (let p = unit, n = 0; p && n < 50; p = byId.get(String(p.parentId)), n++)
      if (sourceIds.has(String(p.id))) return true
    return false
  }

  // Targets: existing units that operate on the date, or new ones with a free code and a place.
  const targets: TargetPlan[] = []
  const seenTargets = new Set<string>()
  for (const raw of rawTargets) {
    const spec = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>
    const code = normalizeUnitCode(text(spec.code))
    if (!code) {
      refuse('reorg.targetCode')
      continue
    }
    if (!isValidUnitCode(code)) {
      refuse('unit.codeFormat', { code })
      continue
    }
    if (seenTargets.has(code)) {
      refuse('reorg.duplicateTarget', { code })
      continue
    }
    seenTargets.add(code)
    const existing = byCode.get(code)
    if (existing) {
      if (sourceIds.has(String(existing.id))) refuse('reorg.sourceIsTarget', { code })
      else if (existing.validFrom && existing.validFrom > effectiveDate)
        refuse('reorg.targetOpensLater', {
          name: existing.name,
          day: existing.validFrom,
          date: effectiveDate,
        })
      else if (existing.validTo && existing.validTo < effectiveDate)
        refuse('reorg.targetClosed', { name: existing.name, day: existing.validTo })
      targets.push({
        code,
        name: existing.name,
        level: existing.level,
        type: existing.type ?? null,
        officialCode: null,
        parentId: existing.parentId,
        existingId: existing.id,
      })
      continue
    }
    const name = text(spec.name)
    if (!name) refuse('reorg.targetName', { code })
    const levelText = text(spec.level) || first?.level || ''
    const level = (unitLevels as readonly string[]).includes(levelText)
      ? (levelText as UnitLevel)
      : null
    if (!level) {
      refuse('reorg.targetLevel', { code, level: levelText })
      continue
    }
    const typeText = text(spec.type) || (first?.level === level ? (first?.type ?? '') : '')
    if (typeText && !typeFitsLevel(level, typeText)) {
      refuse('unit.typeLevel', { level, type: typeText })
      continue
    }
    const officialCode = text(spec.officialCode)
    if (officialCode && !isValidOfficialCode(officialCode))
      refuse('unit.officialCodeFormat', { code: officialCode })
    // A target names its parent by code; without one it sits where the (first) source sat.
    const parentText = spec.parent === undefined ? undefined : text(spec.parent)
    let parent: UnitRecord | null = null
    if (parentText === undefined) parent = first ? (byId.get(String(first.parentId)) ?? null) : null
    else if (parentText !== '') {
      parent = byCode.get(normalizeUnitCode(parentText)) ?? null
      if (!parent) {
        refuse('reorg.unknownParent', { code: parentText })
        continue
      }
    }
    if (parent && (sourceIds.has(String(parent.id)) || !validOn(parent, effectiveDate))) {
      refuse('reorg.parentClosed', { name: parent.name, date: effectiveDate })
      continue
    }
    if (parent && underSource(parent)) {
      refuse('reorg.cycle', { code, parent: parent.code })
      continue
    }
    const placement = checkPlacement(
      { level, type: typeText || null, validFrom: effectiveDate, validTo: null },
      parent,
    )
    if (placement) {
      refuse(placementMessage(placement), placementParams(placement, level, parent?.level ?? null))
      continue
    }
    targets.push({
      code,
      name,
      level,
      type: typeText || null,
      officialCode: officialCode || null,
      parentId: parent?.id ?? null,
      existingId: null,
    })
  }

  if (kind === 'merge' && sources.length === 1 && targets[0] && targets[0].existingId === null)
    refuse('reorg.sources.merge', { count: 1 })
  // What moves where is only worth telling once the units themselves are right.
  if (problems.length > 0) return { ok: false, problems }

  // Where each thing goes: the one target, or in a split the rule given for it.
  const assign = (
    request.assign && typeof request.assign === 'object' ? request.assign : {}
  ) as Assignments
  const targetCodes = new Set(targets.map((t) => t.code))
  for (const [group, rule] of Object.entries(assign)) {
    const named = typeof rule === 'string' ? [rule] : Object.values(rule ?? {})
    for (const code of named)
      if (!targetCodes.has(normalizeUnitCode(String(code))))
        refuse('reorg.assignUnknownTarget', { group, code: String(code) })
  }
  const targetOf = (movable: Movable): string | null => {
    if (kind !== 'split') return targets[0]?.code ?? null
    const rule = assign[movable.group]
    const chosen =
      typeof rule === 'string'
        ? rule
        : (rule?.[movable.ref] ?? rule?.[movable.ref.toLowerCase()] ?? assign.default)
    return chosen ? normalizeUnitCode(chosen) : null
  }
  const moves: ReorganisationPlan['moves'] = []
  const unassigned: string[] = []
  let tokenTaken =
    kind !== 'split' && targets[0]?.existingId != null && hasToken(targets[0].existingId)
  for (const movable of movables) {
    if (!sourceIds.has(String(movable.sourceId))) continue
    const targetCode = targetOf(movable)
    if (targetCode === null) {
      unassigned.push(movable.label)
      continue
    }
    if (movable.group === 'calendarToken' && kind !== 'split') {
      // A unit holds one token: the first source's moves unless the target has its own.
      moves.push({ movable, targetCode: tokenTaken ? null : targetCode })
      tokenTaken = true
      continue
    }
    moves.push({ movable, targetCode })
    // A sub-unit must fit under its new parent from the date on.
    if (movable.group === 'units') {
      const child = byCode.get(normalizeUnitCode(movable.ref))
      const target = targets.find((t) => t.code === targetCode)
      if (child && target) {
        const problem = checkPlacement(
          { ...child, validFrom: effectiveDate },
          { level: target.level, validFrom: null, validTo: null },
        )
        if (problem) refuse('reorg.childPlacement', { name: child.name, target: target.name })
      }
    }
  }
  if (unassigned.length > 0) refuse('reorg.splitNeedsRule', { things: unassigned.join(', ') })

  if (problems.length > 0) return { ok: false, problems }
  const lineage = sources.flatMap((source) =>
    targets.map((target) => ({ predecessorCode: source.code, successorCode: target.code })),
  )
  return {
    ok: true,
    plan: { kind, effectiveDate, closeOn, sources, targets, moves, lineage },
  }
}
