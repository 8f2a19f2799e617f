import type { ParamSpec } from '@/modules/delivery/domain/params'

/**
 * The parameters of the public API and the feeds, each declared once (name, place, JSON Schema,
 * description key). Operations list them; the OpenAPI document and request parsing both read them.
 */
const SLUG = '^[a-z0-9]+(?:-[a-z0-9]+)*$'
const UNIT_CODE = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$'
/** SQLite ids are integers, MongoDB ids 24 hex digits. */
const DOC_ID = '^(?:[0-9]{1,18}|[0-9a-fA-F]{24})$'

const slugSchema = { type: 'string', pattern: SLUG, maxLength: 96 } as const
const daySchema = { type: 'string', format: 'date', maxLength: 10 } as const

export const areaParam: ParamSpec<'area', string, false> = {
  name: 'area',
  in: 'query',
  schema: slugSchema,
  description: 'public.api.p.area',
}
export const tagParam: ParamSpec<'tag', string, false> = {
  name: 'tag',
  in: 'query',
  schema: slugSchema,
  description: 'public.api.p.tag',
}
export const fieldParam: ParamSpec<'field', string, false> = {
  name: 'field',
  in: 'query',
  schema: slugSchema,
  description: 'public.api.p.field',
}
export const unitParam: ParamSpec<'unit', string, false> = {
  name: 'unit',
  in: 'query',
  schema: { type: 'string', pattern: UNIT_CODE, maxLength: 32 },
  description: 'public.api.p.unit',
}
export const subtreeParam: ParamSpec<'subtree', boolean, true> = {
  name: 'subtree',
  in: 'query',
  schema: { type: 'boolean', default: true },
  description: 'public.api.p.subtree',
}
export const featuredParam: ParamSpec<'featured', boolean, false> = {
  name: 'featured',
  in: 'query',
  schema: { type: 'boolean' },
  description: 'public.api.p.featured',
}
export const fromParam: ParamSpec<'from', string, false> = {
  name: 'from',
  in: 'query',
  schema: daySchema,
  description: 'public.api.p.from',
}
export const toParam: ParamSpec<'to', string, false> = {
  name: 'to',
  in: 'query',
  schema: daySchema,
  description: 'public.api.p.to',
}
export const scheduleFromParam: ParamSpec<'from', string, false> = {
  name: 'from',
  in: 'query',
  schema: daySchema,
  description: 'public.api.p.scheduleFrom',
}
export const scheduleToParam: ParamSpec<'to', string, false> = {
  name: 'to',
  in: 'query',
  schema: daySchema,
  description: 'public.api.p.scheduleTo',
}
export const queryParam: ParamSpec<'q', string, false> = {
  name: 'q',
  in: 'query',
  schema: { type: 'string', maxLength: 200 },
  description: 'public.api.p.q',
}
export const pageParam: ParamSpec<'page', number, true> = {
  name: 'page',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
  description: 'public.api.p.page',
}
export const limitParam: ParamSpec<'limit', number, true> = {
  name: 'limit',
  in: 'query',
  schema: { type: 'integer', minimum: 1, maximum: 50, default: 20 },
  description: 'public.api.p.limit',
}
export const slugPathParam: ParamSpec<'slug', string, true> = {
  name: 'slug',
  in: 'path',
  required: true,
  schema: slugSchema,
  description: 'public.api.p.slug',
}
export const parentParam: ParamSpec<'parent', string, false> = {
  name: 'parent',
  in: 'query',
  schema: { type: 'string', pattern: UNIT_CODE, maxLength: 32 },
  description: 'public.api.p.parent',
}
export const unitCodeParam: ParamSpec<'code', string, false> = {
  name: 'code',
  in: 'query',
  schema: { type: 'string', pattern: UNIT_CODE, maxLength: 32 },
  description: 'public.api.p.code',
}
export const atParam: ParamSpec<'at', string, false> = {
  name: 'at',
  in: 'query',
  schema: daySchema,
  description: 'public.api.p.at',
}
export const outletParam: ParamSpec<'outlet', string, false> = {
  name: 'outlet',
  in: 'query',
  schema: { type: 'string', pattern: DOC_ID, maxLength: 24 },
  description: 'public.api.p.outlet',
}
export const planIdParam: ParamSpec<'id', string, true> = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string', pattern: DOC_ID, maxLength: 24 },
  description: 'public.api.p.planId',
}
export const periodParam: ParamSpec<'period', string, false> = {
  name: 'period',
  in: 'query',
  schema: { type: 'string', pattern: '^[0-9]{4}-(?:[Qq][1-4]|[Hh]1|9[Mm]|[Yy])$', maxLength: 7 },
  description: 'public.api.p.period',
}
