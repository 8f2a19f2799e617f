import { parse } from 'csv-parse/sync'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { asSystem, asUser } from '@/platform/access/asUser'
import { afterBulkWork, quietly } from '@/platform/bulk'
import { storedId } from '@/platform/fields/relationId'
import type { MessageParams } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { planUnitImport, type CsvRow } from '@/modules/organisation/domain/csvImport'
import { unitLevels, type UnitLevel } from '@/modules/organisation/domain/hierarchy'
import { t } from '@/modules/organisation/i18n'

export type ImportOutcome = {
  ok: boolean
  dryRun: boolean
  imported: number
  units: { line: number; code: string; name: string }[]
  problems: { line: number | null; message: string }[]
}

/** Level values in a problem's parameters are shown by their names in the reader's language. */
const levelNames = (
  req: PayloadRequest,
  params: MessageParams | undefined,
): MessageParams | undefined => {
  if (!params) return params
  const named = { ...params }
  for (const key of ['level', 'parentLevel'] as const) {
    const value = named[key]
    if (typeof value === 'string' && (unitLevels as readonly string[]).includes(value))
      named[key] = t(req, `level.${value as UnitLevel}`)
  }
  return named
}

/** Spreadsheets write `,` or (in Vietnamese locales) `;` or tabs: the header line tells which. */
const guessDelimiter = (text: string): string => {
  const header = text.slice(0, text.indexOf('\n') >>> 0)
  const counts = [',', ';', '\t'].map((d) => [d, header.split(d).length] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

const readCsv = (text: string): { header: string[]; rows: CsvRow[] } => {
  const records = parse(text, {
    bom: true,
    delimiter: guessDelimiter(text),
    skip_empty_lines: true,
    relax_column_count: true,
    info: true,
    // With `info: true` csv-parse returns each record with its line numbers; its types do not say so.
  }) as unknown as { record: string[]; info: { lines: number } }[]
  const [head, ...body] = records
  const header = head?.record ?? []
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  }))
  return { header, rows }
}

/**
 * Imports a province's units from CSV: every row is checked first; a file with any error imports
 * nothing, and a valid file is written in one transaction so a failure midway leaves no trace.
 */
export const importUnitsFromCsv = async (
  req: PayloadRequest,
  text: string,
  dryRun: boolean,
): Promise<ImportOutcome> => {
  const fail = (problems: ImportOutcome['problems']): ImportOutcome => ({
    ok: false,
    dryRun,
    imported: 0,
    units: [],
    problems,
  })

  let parsed: ReturnType<typeof readCsv>
  try {
    parsed = readCsv(text)
  } catch (error) {
    return fail([
      { line: null, message: t(req, 'csv.unreadable', { reason: (error as Error).message }) },
    ])
  }

  // A system read: codes must be unique across the whole tree, not just the caller's part of it.
  const { docs: existing } = await asSystem(req).find({
    collection: slugs.units,
    depth: 0,
    limit: 0,
    pagination: false,
    select: { code: true, level: true },
  })
  const plan = planUnitImport(
    parsed.header,
    parsed.rows,
    existing.map((u) => ({ id: u.id, code: u.code, level: u.level })),
  )
  if (!plan.ok)
    return fail(
      plan.problems.map((p) => ({
        line: p.line,
        message: t(req, p.key, levelNames(req, p.params)),
      })),
    )

  const units = plan.units.map(({ line, code, name }) => ({ line, code, name }))
  if (dryRun) return { ok: true, dryRun, imported: 0, units, problems: [] }

  const api = asUser(req)
  const idByCode = new Map<string, number | string>()
  const ownTransaction = await initTransaction(req)
  try {
    // Quietly: the public cache and other derived data are rebuilt once, after the whole file.
    await quietly(req, async () => {
      for (const unit of plan.units) {
        const parent =
          unit.parent === null
            ? null
            : 'existingId' in unit.parent
              ? unit.parent.existingId
              : idByCode.get(unit.parent.fileCode)
        const created = await api.create({
          collection: slugs.units,
          data: {
            name: unit.name,
            code: unit.code,
            level: unit.level,
            parent: parent === null || parent === undefined ? null : storedId(parent),
            contactEmails: unit.contactEmails.map((email) => ({ email })),
            portalUrl: unit.portalUrl,
            hasRadioStation: unit.hasRadioStation,
            hasOneStopDesk: unit.hasOneStopDesk,
            postOfficeCulturePoints: unit.postOfficeCulturePoints,
          },
          depth: 0,
        })
        idByCode.set(unit.code, created.id)
      }
    })
    if (ownTransaction) await commitTransaction(req)
  } catch (error) {
    if (ownTransaction) await killTransaction(req)
    throw error
  }
  await afterBulkWork(req.payload)
  return { ok: true, dryRun, imported: plan.units.length, units, problems: [] }
}
