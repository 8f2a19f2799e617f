import { validOn, type Lifespan } from '@/platform/lifespan'
import type { Day } from '@/platform/time'

/**
 * How units follow one another (DHIS2's model: close the old unit, open or name its successor,
 * link them; never rewrite the old unit's history): the kinds of link, labelled `lineage.<kind>`.
 */
export const lineageKinds = ['merge', 'split', 'rename', 'move'] as const
export type LineageKind = (typeof lineageKinds)[number]

type Id = number | string

/** Predecessor → successor from `effectiveDate` (the successor's first day of the predecessor's work). */
export type LineageLink = {
  predecessorId: Id
  successorId: Id
  effectiveDate: Day
  kind: LineageKind
}

const key = (id: Id) => String(id)

/** The links grouped by predecessor and by successor, for walking the lineage both ways. */
export const lineageIndex = (links: readonly LineageLink[]) => {
  const after = new Map<string, LineageLink[]>()
  const before = new Map<string, LineageLink[]>()
  for (const link of links) {
    after.set(key(link.predecessorId), [...(after.get(key(link.predecessorId)) ?? []), link])
    before.set(key(link.successorId), [...(before.get(key(link.successorId)) ?? []), link])
  }
  return { after, before }
}

export type LineageIndex = ReturnType<typeof lineageIndex>

/**
 * The units that carry a unit's work on `day`: the unit itself while it operates, else its
 * successors operating that day, following the lineage through later reorganisations (a commune
 * merged in 2025 and again in 2027 answers with the 2027 unit). Empty when the line ends (a unit
 * closed without successor). Ids as given, each once, in the order found.
 */
export const successorsOn = (
  unitId: Id,
  day: Day,
  index: LineageIndex,
  lifespanOf: (id: string) => Lifespan | undefined,
): string[] => {
  const found: string[] = []
  const seen = new Set<string>()
  const queue = [key(unitId)]
  while (queue.length > 0) {
    const current = queue.shift()!
    if (seen.has(current)) continue
    seen.add(current)
    const life = lifespanOf(current)
    if (life && validOn(life, day)) {
      found.push(current)
      continue
    }
    for (const link of index.after.get(current) ?? [])
      if (link.effectiveDate <= day) queue.push(key(link.successorId))
  }
  return found
}

/** Every unit whose work passed, directly or through others, to one of `unitIds` (not themselves). */
export const predecessorsOf = (unitIds: readonly Id[], index: LineageIndex): string[] => {
  const start = new Set(unitIds.map(key))
  const found = new Set<string>()
  const queue = [...start]
  while (queue.length > 0) {
    const current = queue.shift()!
    for (const link of index.before.get(current) ?? []) {
      const predecessor = key(link.predecessorId)
      if (found.has(predecessor) || start.has(predecessor)) continue
      found.add(predecessor)
      queue.push(predecessor)
    }
  }
  return [...found]
}
