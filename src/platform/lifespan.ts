import { addDays, type Day } from './time'

/**
 * A unit's life: it operates from `validFrom` to `validTo`, both calendar days in Vietnam time and
 * both included. No `validFrom`: since before the records begin; no `validTo`: still operating.
 */
export type Lifespan = { validFrom?: Day | null; validTo?: Day | null }

type Id = number | string

/** Whether a unit operated on a day. */
export const validOn = (unit: Lifespan, day: Day): boolean =>
  (!unit.validFrom || unit.validFrom <= day) && (!unit.validTo || unit.validTo >= day)

/** Whether a unit operated on every day from `first` to `last`. */
export const validThroughout = (unit: Lifespan, first: Day, last: Day): boolean =>
  (!unit.validFrom || unit.validFrom <= first) && (!unit.validTo || unit.validTo >= last)

/** Whether a unit operated on at least one day from `first` to `last`. */
export const validDuring = (unit: Lifespan, first: Day, last: Day): boolean =>
  (!unit.validFrom || unit.validFrom <= last) && (!unit.validTo || unit.validTo >= first)

/** A parent a unit had before its current one: under `parentId` up to and including `until`. */
export type FormerParent = { parentId: Id | null; until: Day }

/**
 * The unit a unit sat under on a day: the first former parent whose time runs up to that day, else
 * the current one. A province merger moves the communes of a closed province under the new one; the
 * periods before it still see them under the province they then belonged to.
 */
export const parentOn = (
  unit: { parentId: Id | null; formerParents?: readonly FormerParent[] | null },
  day: Day,
): Id | null => {
  const former = [...(unit.formerParents ?? [])]
    .sort((a, b) => a.until.localeCompare(b.until))
    .find((entry) => entry.until >= day)
  return former ? former.parentId : unit.parentId
}

/** The day since which a unit sits under its current parent (the day after its last move). */
export const underCurrentParentSince = (
  unit: Lifespan & { formerParents?: readonly FormerParent[] | null },
): Day | null => {
  const last = [...(unit.formerParents ?? [])]
    .map((entry) => entry.until)
    .sort()
    .at(-1)
  if (!last) return unit.validFrom ?? null
  const next = addDays(last, 1)
  return unit.validFrom && unit.validFrom > next ? unit.validFrom : next
}
