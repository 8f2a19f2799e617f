import { randomBytes } from 'node:crypto'

import { parse } from 'csv-parse/sync'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import type { Unit } from '@/payload-types'
import { asSystem } from '@/platform/access/asUser'
import { afterBulkWork, quietly } from '@/platform/bulk'
import { createMany, type NewDocument } from '@/platform/config/bulkWrite'
import { relationId, storedId } from '@/platform/fields/relationId'
import type { MessageParams } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { addDays, dayOf, formatDay, isDay, localDay, storedDay } from '@/platform/time'
import { decodeCsv, type DetectedEncoding } from '@/modules/organisation/domain/csvEncoding'
import {
  planUnitImport,
  templateHeader,
  type CsvRow,
  type ImportPlan,
  type PlannedUnit,
  type UnitRef,
} from '@/modules/organisation/domain/csvImport'
import { unitLevels, type UnitLevel } from '@/modules/organisation/domain/hierarchy'
import { refused, t } from '@/modules/organisation/i18n'
import { handOver, movablesOf } from './reorganize'

type Id = number | string

/** What the import endpoint answers: the check's result, and the import it queued (if any). */
export type ImportOutcome = {
  ok: boolean
  dryRun: boolean
  encoding: DetectedEncoding | null
  counts: { created: number; updated: number; closed: number; lineage: number }
  units: { line: number; code: string; name: string; action: 'create' | 'update' }[]
  problems: { line: number | null; message: string }[]
  /** The queued import, to follow at /api/unit-imports/:id. */
  importId: string | null
}

/** Units written per transaction: each batch commits with the import's progress. */
export const IMPORT_BATCH = 500

/** A run that touched its import less than this long ago is alive; another run leaves it alone. */
const LEASE_MS = 2 * 60_000

/** Problem parameters as the reader sees them: level names, days as dd/MM/yyyy. */
const readable = (
  req: PayloadRequest,
  params: MessageParams | undefined,
): MessageParams | undefined => {
  if (!params) return params
  const named = { ...params }
  for (const [key, value] of Object.entries(named)) {
    if (
      (key === 'level' || key === 'parentLevel' || key === 'current') &&
      (unitLevels as readonly string[]).includes(String(value))
    )
      named[key] = t(req, `level.${value as UnitLevel}`)
    else if (typeof value === 'string' && isDay(value)) named[key] = formatDay(value)
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
  const header = (head?.record ?? []).map((cell) => cell.trim())
  const rows = body.map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((name, i) => [name, record[i] ?? ''])),
  }))
  return { header, rows }
}

type UnitRow = Pick<
  Unit,
  'id' | 'code' | 'name' | 'level' | 'type' | 'parent' | 'validFrom' | 'validTo'
>

/** Every unit, read straight through the adapter (system read: codes are unique across the tree). */
const loadUnits = async (req: PayloadRequest): Promise<UnitRow[]> => {
  const { docs } = await req.payload.db.find({
    collection: slugs.units,
    where: {},
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
    },
    req,
  })
  // The adapter's rows are untyped; these are the fields selected above.
  return docs as unknown as UnitRow[]
}

/**
 * Checks a CSV file of units (any of the encodings decodeCsv knows) against the units as they are:
 * the plan of what to write, or every problem with its line.
 */
export const checkUnitImport = async (
  req: PayloadRequest,
  bytes: Uint8Array,
  updateExisting: boolean,
): Promise<{
  plan: ImportPlan
  encoding: DetectedEncoding | null
  problems: ImportOutcome['problems']
}> => {
  const { text, encoding } = decodeCsv(bytes)
  let parsed: ReturnType<typeof readCsv>
  try {
    parsed = readCsv(text)
  } catch (error) {
    const problems = [
      { line: null, message: t(req, 'csv.unreadable', { reason: (error as Error).message }) },
    ]
    return { plan: { ok: false, problems: [] }, encoding, problems }
  }
  const units = await loadUnits(req)
  // What existing units still own: a unit split by the file must not leave anything without a home.
  const { docs: owners } = await asSystem(req).find({
    collection: slugs.users,
    where: { unit: { exists: true } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: { unit: true },
  })
  const codeOf = new Map(units.map((u) => [String(u.id), u.code]))
  const owning = new Set<string>([
    ...owners.flatMap((o) => codeOf.get(String(relationId(o.unit))) ?? []),
    ...units.flatMap((u) => codeOf.get(String(relationId(u.parent))) ?? []),
  ])
  const plan = planUnitImport(
    parsed.header,
    parsed.rows,
    units.map((u) => ({
      id: u.id,
      code: u.code,
      name: u.name,
      level: u.level,
      type: u.type ?? null,
      parentId: relationId(u.parent),
      validFrom: dayOf(u.validFrom),
      validTo: dayOf(u.validTo),
    })),
    { updateExisting, owning, today: localDay(new Date()) },
  )
  const problems = plan.ok
    ? []
    : plan.problems.map((p) => ({ line: p.line, message: t(req, p.key, readable(req, p.params)) }))
  return { plan, encoding, problems }
}

const counts = (plan: ImportPlan) =>
  plan.ok
    ? {
        created: plan.units.filter((u) => u.action === 'create').length,
        updated: plan.units.filter((u) => u.action === 'update').length,
        closed: plan.units.filter((u) => u.fields.validTo && u.action === 'update').length,
        lineage: plan.lineage.length,
      }
    : { created: 0, updated: 0, closed: 0, lineage: 0 }

/**
 * Checks a file and, unless it is a dry run, queues it: the import record keeps the checked plan
 * and its progress; the `importUnits` job writes it (started at once in this process, and picked
 * up by any worker if this one stops). Nothing is written from a file with any problem.
 */
export const importUnitsFromCsv = async (
  req: PayloadRequest,
  bytes: Uint8Array,
  options: { dryRun: boolean; updateExisting: boolean; fileName?: string },
): Promise<ImportOutcome> => {
  const { plan, encoding, problems } = await checkUnitImport(req, bytes, options.updateExisting)
  const outcome: ImportOutcome = {
    ok: plan.ok && problems.length === 0,
    dryRun: options.dryRun,
    encoding,
    counts: counts(plan),
    units: plan.ok
      ? plan.units.map(({ line, fields, action }) => ({
          line,
          code: fields.code,
          name: fields.name,
          action,
        }))
      : [],
    problems,
    importId: null,
  }
  if (!outcome.ok || options.dryRun || !plan.ok) return outcome

  // Import records and their job are the system's own bookkeeping, made for an admin.
  const system = asSystem(req)
  const busy = await system.count({
    collection: slugs.unitImports,
    where: {
      or: [
        {
          and: [
            { status: { equals: 'running' } },
            { heartbeatAt: { greater_than: new Date(Date.now() - LEASE_MS).toISOString() } },
          ],
        },
        {
          and: [
            { status: { equals: 'queued' } },
            { createdAt: { greater_than: new Date(Date.now() - 10 * 60_000).toISOString() } },
          ],
        },
      ],
    },
  })
  if (busy.totalDocs > 0) throw refused(req, 'csv.alreadyRunning', undefined, 409)
  const record = await system.create({
    collection: slugs.unitImports,
    data: {
      fileName: options.fileName ?? 'units.csv',
      status: 'queued',
      encoding: encoding ?? undefined,
      updateExisting: options.updateExisting,
      total: plan.units.length,
      processed: 0,
      createdBy: req.user ? storedId(req.user.id) : null,
      // The plan is plain data (codes, ids, days): it is kept as the job's to-do list.
      plan: plan as unknown as Record<string, unknown>,
    },
    depth: 0,
  })
  const job = await req.payload.jobs.queue({
    task: 'importUnits',
    input: { importId: String(record.id) },
  })
  // Start now rather than at the next minute's run of due jobs; a worker picks it up otherwise.
  void req.payload.jobs
    .runByID({ id: job.id, overrideAccess: true })
    .catch((error: unknown) => req.payload.logger.error({ err: error }, 'unit import job failed'))
  return { ...outcome, importId: String(record.id) }
}

/**
 * Ids for new units, made before they are written: the next integers on SQL databases (read inside
 * the batch's transaction, which holds the database's only write lock), ObjectIds on MongoDB.
 */
const idMaker = async (
  req: PayloadRequest,
  collection: typeof slugs.units | typeof slugs.unitLineage = slugs.units,
): Promise<() => Id> => {
  if (req.payload.db.defaultIDType !== 'number')
    return () =>
      Math.floor(Date.now() / 1000)
        .toString(16)
        .padStart(8, '0') + randomBytes(8).toString('hex')
  const { docs } = await req.payload.db.find({
    collection,
    where: {},
    sort: '-id',
    limit: 1,
    select: { createdAt: true },
    req,
  })
  let next = Number(docs[0]?.id ?? 0) + 1
  return () => next++
}

/** An array row's id as Payload makes them (an ObjectId's 24 hex digits), for rows written directly. */
const rowId = () => randomBytes(12).toString('hex')

/** The plugin's breadcrumbs, computed from parent links: one crumb per ancestor and the unit itself. */
const breadcrumbsFor = (
  id: Id,
  unitsById: Map<string, { code: string; name: string; parentId: Id | null }>,
) => {
  const chain: Id[] = []
  for (
    let at: Id | null = id;
    at !== null && chain.length < 20;
    at = unitsById.get(String(at))?.parentId ?? null
  )
    chain.unshift(at)
  return chain.map((doc, i) => ({
    id: rowId(),
    doc,
    url: chain
      .slice(0, i + 1)
      .map((c) => unitsById.get(String(c))?.code)
      .join('/'),
    label: unitsById.get(String(doc))?.name ?? '',
  }))
}

/**
 * Updates a unit's row straight through the adapter, keeping the arrays the change does not name:
 * the SQL adapter rewrites every array of a row it updates.
 */
const updateUnitRow = async (req: PayloadRequest, id: Id, data: Record<string, unknown>) => {
  const current = (await req.payload.db.findOne({
    collection: slugs.units,
    where: { id: { equals: id } },
    select: { contactEmails: true, formerParents: true, breadcrumbs: true },
    req,
  })) as Pick<Unit, 'contactEmails' | 'formerParents' | 'breadcrumbs'> | null
  await req.payload.db.updateOne({
    collection: slugs.units,
    id,
    data: {
      contactEmails: current?.contactEmails ?? [],
      formerParents: current?.formerParents ?? [],
      breadcrumbs: current?.breadcrumbs ?? [],
      ...data,
    },
    req,
    returning: false,
  })
}

const unitData = (unit: PlannedUnit): Record<string, unknown> => {
  const f = unit.fields
  const data: Record<string, unknown> = { name: f.name, code: f.code, level: f.level }
  if (f.type !== undefined) data.type = f.type
  if (f.officialCode !== undefined) data.officialCode = f.officialCode
  if (f.validFrom !== undefined) data.validFrom = f.validFrom ? storedDay(f.validFrom) : null
  if (f.validTo !== undefined) data.validTo = f.validTo ? storedDay(f.validTo) : null
  if (f.contactEmails !== undefined)
    data.contactEmails = f.contactEmails.map((email) => ({ id: rowId(), email }))
  if (f.portalUrl !== undefined) data.portalUrl = f.portalUrl
  if (f.hasRadioStation !== undefined) data.hasRadioStation = f.hasRadioStation
  if (f.hasOneStopDesk !== undefined) data.hasOneStopDesk = f.hasOneStopDesk
  if (f.postOfficeCulturePoints !== undefined)
    data.postOfficeCulturePoints = f.postOfficeCulturePoints
  return data
}

/**
 * The `importUnits` job: writes a queued import's plan in batches of IMPORT_BATCH units, each batch
 * in one transaction with the import's progress, then the lineage and the hand-over of what closed
 * predecessors own (people, sub-units, outlets) in a last transaction. Straight through the database
 * adapter: the plan was checked as a whole against the same rules the unit hooks apply, and the
 * hooks' per-document work (breadcrumbs of each ancestor, re-saving the tree, clearing the public
 * cache) is done once here and in `afterBulkWork`. Resumes where a stopped run left off.
 */
export const runUnitImport = async (
  payload: Payload,
  importId: Id,
  finalAttempt = true,
): Promise<{ status: string }> => {
  const claim = await createLocalReq({}, payload)
  const system = asSystem(payload)
  const record = await system.findByID({
    collection: slugs.unitImports,
    id: importId,
    depth: 0,
    disableErrors: true,
  })
  if (!record || record.status === 'done' || record.status === 'failed')
    return { status: record?.status ?? 'missing' }
  if (
    record.status === 'running' &&
    record.heartbeatAt &&
    Date.now() - Date.parse(record.heartbeatAt) < LEASE_MS
  )
    return { status: 'running elsewhere' }
  await system.update({
    collection: slugs.unitImports,
    id: importId,
    data: {
      status: 'running',
      startedAt: record.startedAt ?? new Date().toISOString(),
      heartbeatAt: new Date().toISOString(),
    },
    depth: 0,
  })
  // The stored plan is the ImportPlan checked when the file was sent.
  const plan = record.plan as unknown as Extract<ImportPlan, { ok: true }>
  try {
    const units = await loadUnits(claim)
    const byCode = new Map(units.map((u) => [u.code, u]))
    const unitsById = new Map(
      units.map((u) => [
        String(u.id),
        { code: u.code, name: u.name, parentId: relationId(u.parent) },
      ]),
    )
    const resolve = (ref: UnitRef | null | undefined): Id | null | undefined =>
      ref === undefined
        ? undefined
        : ref === null
          ? null
          : 'existingId' in ref
            ? ref.existingId
            : (byCode.get(ref.fileCode)?.id ?? null)

    let processed = record.processed ?? 0
    while (processed < plan.units.length) {
      const batch = plan.units.slice(processed, processed + IMPORT_BATCH)
      const req = await createLocalReq({}, payload)
      const own = await initTransaction(req)
      try {
        const newId = await idMaker(req)
        const fresh: NewDocument[] = []
        await quietly(req, async () => {
          for (const unit of batch) {
            const data = unitData(unit)
            const parent = resolve(unit.parent)
            if (parent !== undefined) data.parent = parent === null ? null : storedId(parent)
            if (unit.action === 'create') {
              // The id is chosen here, so the unit is written once, with the breadcrumbs that
              // name it (they end with the unit itself), together with the batch's other units.
              const id = newId()
              byCode.set(unit.fields.code, {
                id,
                code: unit.fields.code,
                name: unit.fields.name,
                level: unit.fields.level,
              } as UnitRow)
              unitsById.set(String(id), {
                code: unit.fields.code,
                name: unit.fields.name,
                parentId: parent ?? null,
              })
              const now = new Date().toISOString()
              fresh.push({
                id,
                data: {
                  ...data,
                  breadcrumbs: breadcrumbsFor(id, unitsById),
                  createdAt: now,
                  updatedAt: now,
                },
              })
            } else {
              const id = unit.existingId!
              const known = unitsById.get(String(id))
              if (known) known.name = unit.fields.name
              await updateUnitRow(req, id, { ...data, breadcrumbs: breadcrumbsFor(id, unitsById) })
            }
          }
          await createMany(req, slugs.units, fresh)
        })
        processed += batch.length
        await payload.db.updateOne({
          collection: slugs.unitImports,
          id: importId,
          data: { processed, heartbeatAt: new Date().toISOString() },
          req,
          returning: false,
        })
        if (own) await commitTransaction(req)
      } catch (error) {
        if (own) await killTransaction(req)
        throw error
      }
    }

    // A renamed unit changes the breadcrumbs of everything under it.
    const renamed = new Set(
      plan.units.filter((u) => u.action === 'update').map((u) => String(u.existingId)),
    )
    const finish = await createLocalReq({}, payload)
    const own = await initTransaction(finish)
    try {
      await quietly(finish, async () => {
        if (renamed.size > 0)
          for (const [id] of unitsById) {
            const chain = breadcrumbsFor(id, unitsById)
            if (chain.slice(0, -1).some((crumb) => renamed.has(String(crumb.doc))))
              await updateUnitRow(finish, id, { breadcrumbs: chain })
          }
        const finishSystem = asSystem(finish)
        const { docs: already } = await finishSystem.find({
          collection: slugs.unitLineage,
          where: {
            successor: {
              in: plan.lineage.map((l) => byCode.get(l.successorCode)?.id).filter(Boolean) as Id[],
            },
          },
          depth: 0,
          limit: 0,
          pagination: false,
          select: { predecessor: true, successor: true },
        })
        const written = new Set(
          already.map((l) => `${relationId(l.predecessor)}>${relationId(l.successor)}`),
        )
        const newLink = await idMaker(finish, slugs.unitLineage)
        const now = new Date().toISOString()
        await createMany(
          finish,
          slugs.unitLineage,
          plan.lineage.flatMap((link) => {
            const predecessor = resolve(link.predecessor)
            const successor = byCode.get(link.successorCode)?.id
            if (
              predecessor == null ||
              successor === undefined ||
              written.has(`${predecessor}>${successor}`)
            )
              return []
            return [
              {
                id: newLink(),
                data: {
                  predecessor: storedId(predecessor),
                  successor: storedId(successor),
                  effectiveDate: storedDay(link.effectiveDate),
                  kind: link.kind,
                  createdAt: now,
                  updatedAt: now,
                },
              },
            ]
          }),
        )
        // What a closed predecessor owned carries on with its one successor.
        for (const succession of plan.successions) {
          const from = byCode.get(succession.predecessorCode)?.id
          const to = byCode.get(succession.successorCode)?.id
          if (from === undefined || to === undefined) continue
          const day = addDays(succession.closeOn, 1)
          const movables = await movablesOf(finish, [from], day)
          await handOver(
            finish,
            movables.map((movable) => ({ movable, targetId: to })),
            {
              closeOn: succession.closeOn,
              effectiveDate: day,
              reason: 'import',
              reorganisationId: null,
            },
          )
        }
        await payload.db.updateOne({
          collection: slugs.unitImports,
          id: importId,
          data: {
            status: 'done',
            finishedAt: new Date().toISOString(),
            heartbeatAt: new Date().toISOString(),
            ...counts(plan),
          },
          req: finish,
          returning: false,
        })
      })
      if (own) await commitTransaction(finish)
    } catch (error) {
      if (own) await killTransaction(finish)
      throw error
    }
    await afterBulkWork(payload)
    return { status: 'done' }
  } catch (error) {
    // Written batches stay (they are whole); a retry of the job resumes after them.
    await system.update({
      collection: slugs.unitImports,
      id: importId,
      data: finalAttempt
        ? {
            status: 'failed',
            error: (error as Error).message,
            finishedAt: new Date().toISOString(),
          }
        : { status: 'queued', error: (error as Error).message, heartbeatAt: null },
      depth: 0,
    })
    throw error
  }
}

/** Attempts of the import job: a failed run is retried twice, resuming after the written batches. */
export const IMPORT_ATTEMPTS = 3

/**
 * The template: the Vietnamese headers and three example rows (a province, a ward of today, its
 * public-service centre). It imports as it is into an empty database.
 */
export const importTemplate = (): string => {
  const header = Object.values(templateHeader)
  const rows = [
    [
      'UBND tỉnh Hà Tĩnh',
      'HT',
      'tỉnh',
      'tỉnh',
      '',
      '',
      '',
      '42',
      '',
      'vanphong@hatinh.gov.vn',
      'https://hatinh.gov.vn',
      'không',
      'có',
      '0',
    ],
    [
      'UBND phường Thành Sen',
      'HT-THANHSEN',
      'phường',
      'phường',
      'HT',
      '01/07/2025',
      '',
      '',
      '',
      'thanhsen@hatinh.gov.vn',
      '',
      'có',
      'có',
      '2',
    ],
    [
      'Trung tâm Phục vụ hành chính công phường Thành Sen',
      'HT-THANHSEN-TTPV',
      'đơn vị thuộc xã',
      '',
      'HT-THANHSEN',
      '01/07/2025',
      '',
      '',
      '',
      '',
      '',
      'không',
      'có',
      '0',
    ],
  ]
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
