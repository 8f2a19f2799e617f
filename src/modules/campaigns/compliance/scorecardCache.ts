import { randomUUID } from 'node:crypto'

import {
  createLocalReq,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  type Payload,
  type PayloadRequest,
  type Plugin,
} from 'payload'

import type { ScorecardStamp } from '@/payload-types'
import { asUser } from '@/platform/access/asUser'
import { afterTransaction } from '@/platform/config/transactions'
import { isQuiet } from '@/platform/context'
import { relationId } from '@/platform/fields/relationId'
import { languageOf, type Language } from '@/platform/i18n/catalog'
import { processState } from '@/platform/processState'
import { isAdminUser, isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { HOUR } from '@/platform/time'
import { subtreeUnitIds } from '@/modules/organisation'
import { missedAfterHours, scorecardCacheBytes } from '@/modules/campaigns/config'
import {
  formatPeriod,
  lastFinishedQuarter,
  parsePeriod,
  type Period,
} from '@/modules/campaigns/domain/periods'
import {
  quarterWindows,
  reportDeadline,
  type PeriodSettings,
} from '@/modules/campaigns/domain/reportingWindows'
import { refused } from '@/modules/campaigns/i18n'

import { planPeriodSettings } from './periodWindows'

import { buildScorecard, focusOn, type Scorecard } from './scorecard'

/**
 * Scorecards that open at once. A period's scorecard at 10,000 units costs over a second to load and
 * compute, and leaders open it many times a day, so each instance keeps the whole card (every unit,
 * as an admin sees it) per plan, period and language, and cuts from it what each caller may see.
 *
 * A kept card is dropped exactly when an input it was computed from changes — its plan, the plan's
 * indicators or reports, the units, the year's broadcast tallies, the year's published articles and
 * FAQs — at once on the instance that made the change and, through stamps stored per kind of input
 * (the `scorecard-stamps` rows), on every other instance within `PUBLIC_CACHE_POLL_MS` plus one
 * database read: the same bound as the public cache. It is also dropped when the clock passes a
 * moment that changes it (a quarter's end, the end of the missed-airing grace after it, the period's
 * report deadline), and after `MAX_AGE_MS` whatever happens.
 */

/** Input kinds a card depends on; `all` drops every card (after bulk work). */
type Tag = string
const ALL: Tag = 'all'
const planTag = (id: unknown): Tag => `plan:${String(id)}`
const tallyTag = (year: number): Tag => `tallies:${year}`
const contentTag = (year: number): Tag => `content:${year}`
const UNITS: Tag = 'units'
/**
 * Any broadcast item or airing: a plan on the reporting windows counts airings itself (the stored
 * tallies are per calendar quarter, and an airing moved within one does not change its tally).
 */
const BROADCASTS: Tag = 'broadcasts'

/**
 * A kept card is recomputed after this long even if nothing it is known to depend on changed: a
 * bound on staleness should the scorecard come to depend on the clock in a way not listed above.
 */
export const MAX_AGE_MS = 15 * 60_000
/**
 * What a kept card is reckoned to hold in memory, from the size of its JSON: the JSON itself and the
 * objects it was made from (a card of 10,000 units is about 32 MB of JSON).
 */
const FOOTPRINT_PER_JSON_BYTE = 4

type Entry = {
  card: Scorecard
  /** The whole card as the endpoint sends it, made once: serialising a large card costs more than keeping it. */
  json: Buffer
  tags: Tag[]
  expiresAt: number
}

type CacheState = {
  entries: Map<string, Entry>
  inflight: Map<string, Promise<Pick<Entry, 'card' | 'json'>>>
  /** Bumped per tag when an input of that kind changes: a card computed across a bump is not kept. */
  versions: Map<Tag, number>
  /** The stored stamps as this instance last read them (null before the first read). */
  seen: Map<Tag, string> | null
  poller: { timer: NodeJS.Timeout | null; stopped: boolean } | null
  /** Stamps waiting to be written after a commit (MongoDB), folded into one pass. */
  writer: { running: boolean; pending: Set<Tag> }
}

// One cache per process (the Next bundle and the fast path load separate copies of this module).
const cacheState = (): CacheState =>
  processState('scorecardCache', () => ({
    entries: new Map(),
    inflight: new Map(),
    versions: new Map(),
    seen: null,
    poller: null,
    writer: { running: false, pending: new Set() },
  }))

const versionOf = (state: CacheState, tags: Tag[]): string =>
  [ALL, ...tags].map((tag) => state.versions.get(tag) ?? 0).join(',')

/** Drops every kept card that depends on one of `tags`, and makes cards being computed unkeepable. */
const dropLocally = (tags: Iterable<Tag>): void => {
  const state = cacheState()
  const dropped = new Set(tags)
  for (const tag of dropped) state.versions.set(tag, (state.versions.get(tag) ?? 0) + 1)
  for (const [key, entry] of state.entries)
    if (dropped.has(ALL) || entry.tags.some((tag) => dropped.has(tag))) state.entries.delete(key)
}

// ---------- stored stamps: how other instances learn of a change ----------

const writeStamp = async (payload: Payload, tag: Tag, req?: PayloadRequest): Promise<void> => {
  const stamp = randomUUID()
  // The adapter's upsert, below the Local API: an internal row, no hooks or access rules apply.
  await payload.db.upsert({
    collection: slugs.scorecardStamps,
    where: { tag: { equals: tag } },
    data: { tag, stamp, changedAt: new Date().toISOString() },
    req,
  })
  // This instance dropped its cards itself: its poller need not drop them again for its own stamp.
  // (Should the write be rolled back, the poller finds the old stamp and drops once more: harmless.)
  cacheState().seen?.set(tag, stamp)
}

/**
 * Writes stamps after a commit (MongoDB), outside the change's transaction: one hot row written
 * inside every transaction would make concurrent writers abort each other. Tags arriving while a pass
 * runs are written by one more pass.
 */
const writeStampsAfterCommit = async (payload: Payload, tags: Tag[]): Promise<void> => {
  const writer = cacheState().writer
  for (const tag of tags) writer.pending.add(tag)
  if (writer.running) return
  writer.running = true
  try {
    while (writer.pending.size > 0) {
      const batch = [...writer.pending]
      writer.pending.clear()
      for (const tag of batch) {
        for (let attempt = 1; ; attempt++) {
          try {
            await writeStamp(payload, tag)
            break
          } catch (error) {
            if (attempt === 5) {
              payload.logger.warn({
                err: error,
                msg: `scorecard cache: could not store the change stamp "${tag}"; other instances drop their cards with the next change or within ${MAX_AGE_MS / 60_000} minutes`,
              })
              break
            }
            await new Promise((resolve) => setTimeout(resolve, 100 * attempt))
          }
        }
      }
    }
  } finally {
    writer.running = false
  }
}

const WRITTEN = 'scorecardStampsWritten'

/**
 * What the hooks do when a scorecard input changes: drop the affected cards now, store new stamps for
 * the other instances, and drop again once the write is committed (a card computed between the first
 * drop and the commit read the old rows).
 */
export const scorecardInputsChanged = async (req: PayloadRequest, tags: Tag[]): Promise<void> => {
  if (tags.length === 0) return
  dropLocally(tags)
  if (req.payload.db.name === 'sqlite') {
    // One writer at a time on SQLite: written inside the change's transaction (which already holds the
    // write lock), so the stamp becomes visible exactly when the change does. Once per transaction.
    const written = (req.context[WRITTEN] ??= new Set<Tag>()) as Set<Tag>
    for (const tag of tags) {
      if (written.has(tag)) continue
      written.add(tag)
      await writeStamp(req.payload, tag, req)
    }
    await afterTransaction(req, () => dropLocally(tags))
    return
  }
  await afterTransaction(req, () => {
    dropLocally(tags)
    void writeStampsAfterCommit(req.payload, tags)
  })
}

/** After quiet bulk work (the seed, imports, tally rebuilds): every card goes, on every instance. */
export const scorecardsRebuilt = async (payload: Payload): Promise<void> => {
  dropLocally([ALL])
  await writeStampsAfterCommit(payload, [ALL])
}

const pollMs = (): number => {
  // The public cache's setting, so both caches share one bound (reported there when wrong).
  const value = Number(process.env.PUBLIC_CACHE_POLL_MS?.trim() || 1000)
  return Number.isFinite(value) && value >= 100 && value <= 600_000 ? value : 1000
}

const readStamps = async (payload: Payload): Promise<Map<Tag, string>> => {
  // The adapter's read of an internal collection (a handful of rows; no hooks or access rules).
  const { docs } = await payload.db.find({
    collection: slugs.scorecardStamps,
    limit: 0,
    pagination: false,
    where: {},
  })
  // The adapter returns untyped rows; these are the collection's own.
  const rows = docs as unknown as Pick<ScorecardStamp, 'tag' | 'stamp'>[]
  return new Map(rows.map((row) => [row.tag, row.stamp]))
}

/**
 * Reads the stored stamps every `PUBLIC_CACHE_POLL_MS` (once per process) and drops the cards that
 * depend on a changed one. The first read drops everything: what was kept before it cannot be known
 * to be current.
 */
export const watchScorecardStamps = (payload: Payload): void => {
  const state = cacheState()
  if (state.poller) return
  const poller: NonNullable<CacheState['poller']> = { timer: null, stopped: false }
  state.poller = poller
  const tick = async () => {
    try {
      const stamps = await readStamps(payload)
      if (state.seen === null) dropLocally([ALL])
      else {
        const changed = [...stamps].filter(([tag, stamp]) => state.seen!.get(tag) !== stamp)
        if (changed.length > 0) dropLocally(changed.map(([tag]) => tag))
      }
      state.seen = stamps
    } catch {
      // The database is busy or closing: the next tick tries again.
    }
    if (!poller.stopped) {
      poller.timer = setTimeout(tick, pollMs())
      poller.timer.unref()
    }
  }
  void tick()
}

/** Stops the polling and forgets every card (tests, shutdown). */
export const stopWatchingScorecardStamps = (): void => {
  const state = cacheState()
  if (state.poller) {
    state.poller.stopped = true
    if (state.poller.timer) clearTimeout(state.poller.timer)
    state.poller = null
  }
  state.seen = null
  state.entries.clear()
}

// ---------- the cards ----------

/** The first moment after `now` at which the clock alone changes the card (plus one millisecond). */
const validUntil = (
  card: Scorecard,
  period: Period,
  settings: PeriodSettings,
  now: number,
): number => {
  const grace = missedAfterHours() * HOUR
  const edges = [now + MAX_AGE_MS]
  for (const { range } of quarterWindows(period.year, settings)) {
    const end = range.end.getTime()
    // History shows finished quarters; unconfirmed airings count as missed after the grace.
    edges.push(end + 1, end + grace + 1)
  }
  if (card.timeliness.closesAt) edges.push(Date.parse(card.timeliness.closesAt) + 1)
  return Math.min(...edges.filter((edge) => edge > now))
}

/**
 * A request that sees every unit, to compute the whole card once for every caller. Only used to
 * build what `scorecardFor` then cuts to the caller's view; the caller's own access was checked.
 */
const wholeCardRequest = (payload: Payload, from: PayloadRequest) =>
  createLocalReq(
    {
      req: { i18n: from.i18n },
      // A synthetic admin: buildScorecard shows an admin every unit. Not a stored user, never saved.
      user: { id: 0, roles: ['admin'], collection: slugs.users } as never,
    },
    payload,
  )

const wholeCard = async (
  req: PayloadRequest,
  planId: string,
  period: Period,
  settings: PeriodSettings,
  language: Language,
): Promise<Pick<Entry, 'card' | 'json'>> => {
  const state = cacheState()
  // The basis is in the key too: a card counted on the other basis is never served for this one.
  const key = `${planId}|${formatPeriod(period)}|${settings.basis}|${language}`
  const kept = state.entries.get(key)
  if (kept && kept.expiresAt > Date.now()) {
    // Most recently opened last, so the first in the map is the one to drop when over budget.
    state.entries.delete(key)
    state.entries.set(key, kept)
    return kept
  }
  const running = state.inflight.get(key)
  if (running) return running
  // A reporting window opens in the year before (15/12), so that year's inputs count too.
  const tags = [
    planTag(planId),
    UNITS,
    tallyTag(period.year),
    contentTag(period.year),
    tallyTag(period.year - 1),
    contentTag(period.year - 1),
    ...(settings.basis === 'calendar' ? [] : [BROADCASTS]),
  ]
  const version = versionOf(state, tags)
  const computing = (async () => {
    const card = await buildScorecard(
      await wholeCardRequest(req.payload, req),
      planId,
      formatPeriod(period),
      null,
    )
    const json = Buffer.from(JSON.stringify(card))
    const now = Date.now()
    if (versionOf(state, tags) === version) {
      state.entries.delete(key)
      state.entries.set(key, {
        card,
        json,
        tags,
        expiresAt: validUntil(card, period, settings, now),
      })
      // Over the memory budget: the least recently opened cards go (the newest always stays).
      const budget = scorecardCacheBytes()
      let held = 0
      for (const entry of state.entries.values())
        held += entry.json.byteLength * FOOTPRINT_PER_JSON_BYTE
      for (const [oldKey, entry] of state.entries) {
        if (held <= budget || oldKey === key) break
        held -= entry.json.byteLength * FOOTPRINT_PER_JSON_BYTE
        state.entries.delete(oldKey)
      }
    }
    return { card, json }
  })()
  state.inflight.set(key, computing)
  try {
    return await computing
  } finally {
    state.inflight.delete(key)
  }
}

/** The units under `rootId` (itself included), by the parent links the card carries. */
const subtreeIn = (units: Scorecard['units'], rootId: string): Set<string> => {
  const children = new Map<string, string[]>()
  for (const unit of units) {
    if (unit.parentId === null) continue
    const list = children.get(unit.parentId) ?? []
    list.push(unit.id)
    children.set(unit.parentId, list)
  }
  const found = new Set<string>([rootId])
  const queue = [rootId]
  while (queue.length > 0)
    for (const child of children.get(queue.pop()!) ?? [])
      if (!found.has(child)) {
        found.add(child)
        queue.push(child)
      }
  return found
}

/** The whole card cut to what the caller may see, as `buildScorecard` would have made it for them. */
const cutFor = async (
  req: PayloadRequest,
  card: Scorecard,
  unitFilter: string | null,
  deadline: string | null,
): Promise<{ card: Scorecard; whole: boolean }> => {
  if (!isStaffUser(req.user))
    return {
      card: {
        ...card,
        units: [],
        cells: [],
        rollups: [],
        focus: {
          ...card.focus,
          path: card.focus.path.map((crumb) => ({ ...crumb, reachable: false })),
        },
        // The grace's end tells the deadline: only with a deadline the caller may read.
        timeliness: {
          ...card.timeliness,
          deadline,
          closesAt: deadline === null ? null : card.timeliness.closesAt,
          byUnit: {},
        },
      },
      whole: false,
    }
  let visible: Set<string>
  if (isAdminUser(req.user)) visible = new Set(card.units.map((u) => u.id))
  else {
    const mine = new Set((await subtreeUnitIds(req)).map(String))
    visible = new Set(card.units.filter((u) => mine.has(u.id)).map((u) => u.id))
  }
  const reachable = visible
  if (unitFilter) {
    if (!visible.has(unitFilter)) throw refused(req, 'scorecard.badUnit', { unit: unitFilter }, 404)
    visible = subtreeIn(card.units, unitFilter)
  }
  const cells = card.cells.filter(
    (c) => c.subjectId.startsWith('contract:') || visible.has(c.subjectId),
  )
  // The whole card's focus is the plan's root, seen by everyone; the caller's reach decides its link.
  const wholePlan = {
    ...card.focus,
    path: card.focus.path.map((crumb) => ({ ...crumb, reachable: reachable.has(crumb.id) })),
  }
  const focused = focusOn(
    { indicators: card.indicators, cells, focus: wholePlan },
    card.units,
    unitFilter,
    visible,
    reachable,
  )
  // Someone who sees every unit (an admin, the province's own staff) gets the whole card as it is.
  if (!unitFilter && visible.size === card.units.length && deadline === card.timeliness.deadline)
    return { card, whole: true }
  const byUnit = Object.fromEntries(
    Object.entries(card.timeliness.byUnit).filter(([unitId]) => visible.has(unitId)),
  )
  return {
    card: {
      ...card,
      ...focused,
      units: card.units.filter((u) => visible.has(u.id)),
      cells,
      rollups: card.rollups.filter((r) => visible.has(r.unitId)),
      timeliness: {
        ...card.timeliness,
        deadline,
        closesAt: deadline === null ? null : card.timeliness.closesAt,
        byUnit,
      },
    },
    whole: false,
  }
}

const openScorecard = async (
  req: PayloadRequest,
  planId: string,
  periodText: string | null,
  unitFilter: string | null,
): Promise<{ card: Scorecard; json: () => Buffer }> => {
  // The caller's own access to the plan, checked on every open (public plans for anonymous callers),
  // and the deadline as the caller may read it (the deadlines are staff-only fields).
  const plan = await asUser(req).findByID({
    collection: slugs.campaignPlans,
    id: planId,
    depth: 0,
    disableErrors: true,
    select: { year: true, reportDeadlines: true, periods: true },
  })
  if (!plan) throw refused(req, 'scorecard.notFound', undefined, 404)
  const period = periodText ? parsePeriod(periodText) : lastFinishedQuarter(new Date())
  if (!period) throw refused(req, 'scorecard.badPeriod', { period: periodText ?? '' })
  watchScorecardStamps(req.payload)
  const settings = planPeriodSettings(plan)
  const whole = await wholeCard(
    req,
    String(plan.id),
    period,
    settings,
    languageOf(req.i18n?.language),
  )
  const due = reportDeadline(period, settings, plan.reportDeadlines)
  const cut = await cutFor(req, whole.card, unitFilter, due?.deadline.toISOString() ?? null)
  return {
    card: cut.card,
    json: () => (cut.whole ? whole.json : Buffer.from(JSON.stringify(cut.card))),
  }
}

type ScorecardOptions = { view?: string | null }

/**
 * Only the card as organised in the period is kept: the view mapped to today's units (opened now and
 * then, to follow a unit's work across a reorganisation) and a bad view's refusal come from
 * `buildScorecard` itself.
 */
const keptView = (options: ScorecardOptions): boolean => !options.view || options.view === 'then'

/**
 * `buildScorecard` through the cache: the same card, the same refusals (an unknown or unreadable
 * plan, a bad period, a unit outside the caller's subtree), from the kept whole card when there is one.
 */
export const scorecardFor = async (
  req: PayloadRequest,
  planId: string,
  periodText: string | null,
  unitFilter: string | null,
  options: ScorecardOptions = {},
): Promise<Scorecard> =>
  keptView(options)
    ? (await openScorecard(req, planId, periodText, unitFilter)).card
    : buildScorecard(req, planId, periodText, unitFilter, options)

/** The same card as JSON bytes, as the compliance endpoint sends it (the whole card's made once). */
export const scorecardJsonFor = async (
  req: PayloadRequest,
  planId: string,
  periodText: string | null,
  unitFilter: string | null,
  options: ScorecardOptions = {},
): Promise<Buffer> =>
  keptView(options)
    ? (await openScorecard(req, planId, periodText, unitFilter)).json()
    : Buffer.from(
        JSON.stringify(await buildScorecard(req, planId, periodText, unitFilter, options)),
      )

// ---------- what changes a card ----------

type Doc = Record<string, unknown> | null | undefined

const yearOf = (value: unknown): number | null => {
  const text = typeof value === 'string' ? value : null
  const year = text ? Number(text.slice(0, 4)) : NaN
  return Number.isInteger(year) ? year : null
}

const plansOf = (...docs: Doc[]): Tag[] =>
  docs.flatMap((doc) => {
    const id = relationId(doc?.plan)
    return id === null ? [] : [planTag(id)]
  })

/** Which kinds of input a write to each collection changes. */
const tagsOfChange: Record<string, (doc: Doc, previous: Doc) => Tag[]> = {
  [slugs.units]: () => [UNITS],
  [slugs.campaignPlans]: (doc, previous) => [planTag((doc ?? previous)?.id)],
  [slugs.targetIndicators]: plansOf,
  [slugs.unitReports]: plansOf,
  [slugs.broadcastItems]: () => [BROADCASTS],
  [slugs.airings]: () => [BROADCASTS],
  // Tallies are stored only when their counts change; the quarter ("2026-Q3") names the year.
  [slugs.broadcastTallies]: (doc, previous) =>
    [doc?.quarter, previous?.quarter].flatMap((quarter) => {
      const year = yearOf(quarter)
      return year === null ? [] : [tallyTag(year)]
    }),
  // Only published articles and FAQs count, in the year they were published.
  [slugs.articles]: (doc, previous) => publishedYears(doc, previous),
  [slugs.faqs]: (doc, previous) => publishedYears(doc, previous),
}

/** Vietnam is UTC+7 all year: a moment's year there is the UTC year of seven hours later. */
const VIETNAM_OFFSET_MS = 7 * HOUR

function publishedYears(doc: Doc, previous: Doc): Tag[] {
  return [doc, previous].flatMap((version) => {
    if (version?._status !== 'published' || typeof version.publishedAt !== 'string') return []
    const at = Date.parse(version.publishedAt)
    if (Number.isNaN(at)) return []
    // Periods run on Vietnam's calendar: the last hours of 31 December UTC are already next year.
    return [at, at + VIETNAM_OFFSET_MS].map((t) => contentTag(new Date(t).getUTCFullYear()))
  })
}

const dedupe = (tags: Tag[]): Tag[] => [...new Set(tags)]

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req }) => {
  // Bulk work is quiet and drops every card once at the end (`scorecardsRebuilt`).
  if (!isQuiet(req))
    await scorecardInputsChanged(
      req,
      dedupe(tagsOfChange[collection.slug]?.(doc, previousDoc) ?? []),
    )
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (!isQuiet(req))
    await scorecardInputsChanged(req, dedupe(tagsOfChange[collection.slug]?.(doc, null) ?? []))
  return doc
}

/**
 * Attaches the scorecard cache to the collections a scorecard is computed from (units, articles and
 * FAQs belong to other modules; they know nothing of it).
 */
export const scorecardCachePlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug in tagsOfChange
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        }
      : collection,
  ),
})
