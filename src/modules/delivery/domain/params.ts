import { TZDate } from '@date-fns/tz'
import { TIME_ZONE, type Range } from '@/platform/time'

/**
 * Query and path parameters of the public API, declared once: the same declaration validates a
 * request and is written into the OpenAPI document (its `schema` is plain JSON Schema).
 */
export type ParamSchema =
  | { type: 'integer'; minimum: number; maximum: number; default?: number }
  | { type: 'boolean'; default?: boolean }
  | {
      type: 'string'
      format?: 'date'
      pattern?: string
      maxLength: number
      enum?: readonly string[]
      default?: string
    }

export type ParamValue = string | number | boolean

/**
 * One declared parameter. `Name` is its literal name, `T` the parsed value's type and `Given` whether
 * a value always comes out (required or defaulted), so handlers get precise types.
 */
export type ParamSpec<
  Name extends string = string,
  T extends ParamValue = ParamValue,
  Given extends boolean = boolean,
> = {
  name: Name
  in: 'query' | 'path'
  required?: boolean
  schema: ParamSchema
  /** Message key of the description (Vietnamese and English), see src/i18n/messages.ts. */
  description: string
  /** Phantom fields: carry the parsed type to handlers, never set. */
  readonly __type?: T
  readonly __given?: Given
}

export type ParamValues<Specs extends readonly ParamSpec[]> = {
  [S in Specs[number] as S['name']]: S extends ParamSpec<string, infer T, infer Given>
    ? Given extends true
      ? T
      : T | undefined
    : never
}

export type ParamProblem =
  | { param: string; reason: 'required' | 'boolean' | 'date' | 'format' }
  | { param: string; reason: 'integer'; min: number; max: number }
  | { param: string; reason: 'length'; max: number }
  | { param: string; reason: 'enum'; values: string }

type ParsedParams =
  | { ok: true; values: Record<string, ParamValue | undefined> }
  | { ok: false; problem: ParamProblem }

/** A calendar date written YYYY-MM-DD that exists (no 2026-02-30). */
export const isCalendarDate = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

const parseOne = (
  spec: ParamSpec,
  raw: string,
): { value: ParamValue } | { problem: ParamProblem } => {
  const { schema, name } = spec
  switch (schema.type) {
    case 'integer': {
      const value = /^\d{1,9}$/.test(raw) ? Number(raw) : NaN
      if (!Number.isInteger(value) || value < schema.minimum || value > schema.maximum) {
        return {
          problem: { param: name, reason: 'integer', min: schema.minimum, max: schema.maximum },
        }
      }
      return { value }
    }
    case 'boolean': {
      if (raw === 'true' || raw === '1') return { value: true }
      if (raw === 'false' || raw === '0') return { value: false }
      return { problem: { param: name, reason: 'boolean' } }
    }
    case 'string': {
      if (raw.length > schema.maxLength)
        return { problem: { param: name, reason: 'length', max: schema.maxLength } }
      if (schema.enum && !schema.enum.includes(raw))
        return { problem: { param: name, reason: 'enum', values: schema.enum.join(', ') } }
      if (schema.format === 'date' && !isCalendarDate(raw))
        return { problem: { param: name, reason: 'date' } }
      if (schema.pattern && !new RegExp(schema.pattern, 'u').test(raw))
        return { problem: { param: name, reason: 'format' } }
      return { value: raw }
    }
  }
}

/**
 * Reads the declared parameters from a request: absent or empty → the default (or nothing), else the
 * value checked against its schema. Parameters that are not declared are ignored (cache busters).
 */
export const parseParams = (
  specs: readonly ParamSpec[],
  query: URLSearchParams,
  path: Record<string, string> = {},
): ParsedParams => {
  const values: Record<string, ParamValue | undefined> = {}
  for (const spec of specs) {
    const raw = (spec.in === 'path' ? path[spec.name] : query.get(spec.name))?.trim() ?? ''
    if (raw === '') {
      if (spec.required) return { ok: false, problem: { param: spec.name, reason: 'required' } }
      values[spec.name] = spec.schema.default
      continue
    }
    const parsed = parseOne(spec, raw)
    if ('problem' in parsed) return { ok: false, problem: parsed.problem }
    values[spec.name] = parsed.value
  }
  return { ok: true, values }
}

/**
 * Matches a templated path ("/plans/{id}/scorecard") against a concrete one; returns the decoded
 * path parameters, or null when it does not match. Parameters never span a "/".
 */
export const matchPathTemplate = (
  template: string,
  pathname: string,
): Record<string, string> | null => {
  const names: string[] = []
  const source = template
    .split(/(\{[^}]+\})/)
    .map((part) => {
      const name = /^\{([^}]+)\}$/.exec(part)?.[1]
      if (name) {
        names.push(name)
        return '([^/]+)'
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('')
  const match = new RegExp(`^${source}/?$`).exec(pathname)
  if (!match) return null
  try {
    return Object.fromEntries(
      names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]),
    )
  } catch {
    return null
  }
}

export type PageInfo = {
  page: number
  limit: number
  totalItems: number
  totalPages: number
  nextPage: number | null
}

/** Page numbers of a list (pages from 1; an empty list still has one, empty, page). */
export const pageInfo = (totalItems: number, page: number, limit: number): PageInfo => {
  const totalPages = Math.max(1, Math.ceil(totalItems / limit))
  return { page, limit, totalItems, totalPages, nextPage: page < totalPages ? page + 1 : null }
}

/** The instant a local calendar day (YYYY-MM-DD) starts in Vietnam. */
export const localDayStart = (day: string, timeZone = TIME_ZONE): Date => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(new TZDate(year, month - 1, date, timeZone).getTime())
}

/** A day `days` after `day` (YYYY-MM-DD → YYYY-MM-DD), calendar arithmetic without clock changes. */
export const addDays = (day: string, days: number): string => {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10)
}

type DayRangeProblem = 'order' | 'tooLong'

/**
 * The instants from the start of local day `from` to the end of local day `to` (both included),
 * as a [start, end) range; either side may be open. `maxDays` bounds a closed range.
 */
export const dayRange = (
  from: string | undefined,
  to: string | undefined,
  maxDays?: number,
): { range: Partial<Range> } | { problem: DayRangeProblem } => {
  if (from && to && from > to) return { problem: 'order' }
  if (from && to && maxDays !== undefined && addDays(from, maxDays - 1) < to)
    return { problem: 'tooLong' }
  return {
    range: {
      ...(from ? { start: localDayStart(from) } : {}),
      ...(to ? { end: localDayStart(addDays(to, 1)) } : {}),
    },
  }
}
