import type { Cell, Id, Timeliness } from './engine'

/**
 * A finished period's results "mapped to today's units": each unit of today gets one row that
 * aggregates the results of the units whose work it carries on (itself, if it existed then; its
 * predecessors, through every reorganisation since). The verdicts are those of the period as it was
 * organised; only the rows are regrouped, and each row says which units it was made from.
 */
export type MappedCell = {
  indicatorId: Id
  /** Units (of then) behind this row that the indicator held to account, and how many met it. */
  inScope: number
  met: number
  noData: number
  share: number | null
}

export type MappedRow = {
  unitId: Id
  /** The units of the period this row aggregates (ids of then, the row's own unit included if it existed). */
  from: Id[]
  cells: MappedCell[]
  timeliness: Partial<Record<Timeliness, number>>
}

export type Mapping = {
  rows: MappedRow[]
  /** Units of the period whose line ended (closed with no successor operating today). */
  unmapped: Id[]
}

/**
 * Regroups a period's cells and report timeliness under today's units. `successorsToday` names the
 * units operating today that carry a unit's work (the unit itself while it still operates); a unit
 * split in two gives its result to both rows.
 */
export const mapToToday = (
  cells: readonly Cell[],
  timeliness: Readonly<Record<Id, Timeliness>>,
  successorsToday: (unitId: Id) => Id[],
): Mapping => {
  const rows = new Map<
    Id,
    { from: Set<Id>; cells: Map<Id, MappedCell>; timeliness: MappedRow['timeliness'] }
  >()
  const unmapped = new Set<Id>()
  const rowOf = (unitId: Id) => {
    let row = rows.get(unitId)
    if (!row) rows.set(unitId, (row = { from: new Set(), cells: new Map(), timeliness: {} }))
    return row
  }
  const subjects = new Set<Id>([
    ...cells.filter((c) => !c.subjectId.startsWith('contract:')).map((c) => c.subjectId),
    ...Object.keys(timeliness),
  ])
  const targets = new Map<Id, Id[]>()
  for (const subject of subjects) {
    const successors = successorsToday(subject)
    targets.set(subject, successors)
    if (successors.length === 0) unmapped.add(subject)
    for (const unitId of successors) rowOf(unitId).from.add(subject)
  }
  for (const cell of cells) {
    for (const unitId of targets.get(cell.subjectId) ?? []) {
      const row = rowOf(unitId)
      let mapped = row.cells.get(cell.indicatorId)
      if (!mapped)
        row.cells.set(
          cell.indicatorId,
          (mapped = { indicatorId: cell.indicatorId, inScope: 0, met: 0, noData: 0, share: null }),
        )
      mapped.inScope++
      if (cell.status === 'met') mapped.met++
      if (cell.status === 'noData') mapped.noData++
      mapped.share = Math.round((mapped.met / mapped.inScope) * 1000) / 10
    }
  }
  for (const [subject, state] of Object.entries(timeliness))
    for (const unitId of targets.get(subject) ?? []) {
      const row = rowOf(unitId)
      row.timeliness[state] = (row.timeliness[state] ?? 0) + 1
    }
  return {
    rows: [...rows].map(([unitId, row]) => ({
      unitId,
      from: [...row.from],
      cells: [...row.cells.values()],
      timeliness: row.timeliness,
    })),
    unmapped: [...unmapped],
  }
}
