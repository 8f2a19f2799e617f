import type { FlattenedField, Option } from 'payload'

import type { MessageParams } from '@/platform/i18n/catalog'
import type { CoreMessageKey } from '@/platform/i18n/core'

import { isNumericText, isPlainObject, parseStrictDate } from './values'

/** Limits for free text whose field sets none: a name or title, and a paragraph or note. */
export const DEFAULT_MAX_LENGTH = { text: 1000, textarea: 20_000, email: 254, code: 100_000 }

export type IdType = 'number' | 'text'

export type FieldProblem = {
  path: string
  field: FlattenedField
  key: CoreMessageKey
  params?: MessageParams
}

/** A related document the input names, to be looked up before anything is stored. */
export type RelationRef = {
  path: string
  field: FlattenedField
  collection: string
  id: number | string
}

/** Whether `value` can be an id of a document kept by a database whose ids are `idType`. */
export const isValidId = (value: unknown, idType: IdType): boolean => {
  if (idType === 'number') {
    if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0
    return typeof value === 'string' && /^[1-9]\d{0,14}$/.test(value)
  }
  return typeof value === 'string' && /^[0-9a-fA-F]{24}$/.test(value)
}

const shown = (value: unknown): string => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

const optionValues = (options: readonly Option[]): string[] =>
  options.map((option) => (typeof option === 'string' ? option : option.value))

/**
 * Two passes over the same fields. `shape` runs on the raw input before Payload coerces it (where
 * "abc" in a number field would become null): types, dates, options, ids. `limits` runs after the
 * modules' own rules, so their more specific texts come first: lengths, ranges, row counts.
 */
export type CheckPass = 'shape' | 'limits'

/** Rich text as Payload accepts it: a Lexical document, or its JSON text. */
const isRichText = (value: unknown): boolean => {
  if (typeof value === 'string') {
    try {
      return isRichText(JSON.parse(value))
    } catch {
      return false
    }
  }
  return isPlainObject(value) && isPlainObject(value.root)
}

type Walk = {
  idType: IdType
  pass: CheckPass
  problems: FieldProblem[]
  relations: RelationRef[]
}

const checkText = (
  walk: Walk,
  field: FlattenedField & { maxLength?: number; hasMany?: boolean },
  path: string,
  value: unknown,
  defaultMax: number,
) => {
  const values = field.hasMany && Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (item === null || item === undefined) continue
    if (typeof item !== 'string') {
      if (walk.pass === 'shape') walk.problems.push({ path, field, key: 'input.notText' })
      return
    }
    if (walk.pass !== 'limits') continue
    const max = field.maxLength ?? (field.hidden ? undefined : defaultMax)
    if (max !== undefined && item.length > max) {
      walk.problems.push({
        path,
        field,
        key: 'input.tooLong',
        params: { length: item.length, max },
      })
      return
    }
  }
}

const checkNumber = (
  walk: Walk,
  field: FlattenedField & { min?: number; max?: number; hasMany?: boolean },
  path: string,
  value: unknown,
) => {
  const values = field.hasMany && Array.isArray(value) ? value : [value]
  for (const item of values) {
    if (item === null || item === undefined || item === '') continue
    const number =
      typeof item === 'number'
        ? item
        : typeof item === 'string' && isNumericText(item)
          ? Number(item)
          : NaN
    if (!Number.isFinite(number)) {
      if (walk.pass === 'shape') walk.problems.push({ path, field, key: 'input.notNumber' })
      return
    }
    if (walk.pass !== 'limits') continue
    if (field.min !== undefined && number < field.min) {
      walk.problems.push({ path, field, key: 'input.belowMin', params: { min: field.min } })
      return
    }
    if (field.max !== undefined && number > field.max) {
      walk.problems.push({ path, field, key: 'input.aboveMax', params: { max: field.max } })
      return
    }
  }
}

const checkRelation = (
  walk: Walk,
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  path: string,
  value: unknown,
) => {
  if (walk.pass !== 'shape') return
  const values = field.hasMany ? (Array.isArray(value) ? value : [value]) : [value]
  if (value === '' || value === 'none' || value === 'null') return
  if (field.hasMany && value !== null && value !== undefined && !Array.isArray(value)) {
    walk.problems.push({ path, field, key: 'input.notList' })
    return
  }
  for (const item of values) {
    // Payload reads these as "no document" (the admin's forms send them).
    if (item === null || item === undefined || item === '' || item === 'none' || item === 'null')
      continue
    let collection: string | undefined
    let id: unknown
    if (Array.isArray(field.relationTo)) {
      const ref = item as { relationTo?: unknown; value?: unknown } | null
      collection =
        typeof ref?.relationTo === 'string' &&
        (field.relationTo as readonly string[]).includes(ref.relationTo)
          ? ref.relationTo
          : undefined
      id = isPlainObject(ref?.value) ? (ref.value as { id?: unknown }).id : ref?.value
    } else {
      collection = field.relationTo
      id = isPlainObject(item) ? item.id : item
    }
    if (!collection || !isValidId(id, walk.idType)) {
      walk.problems.push({ path, field, key: 'input.badId', params: { value: shown(id ?? item) } })
      return
    }
    walk.relations.push({ path, field, collection, id: id as number | string })
  }
}

const walkFields = (
  walk: Walk,
  fields: readonly FlattenedField[],
  data: object,
  prefix: string,
) => {
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || field.type === 'join' || ('virtual' in field && field.virtual))
      continue
    if (field.name === 'id' && !prefix) continue
    const value = record[field.name]
    if (value === undefined) continue
    const path = prefix ? `${prefix}.${field.name}` : field.name
    switch (field.type) {
      case 'text':
        checkText(walk, field, path, value, DEFAULT_MAX_LENGTH.text)
        break
      case 'textarea':
        checkText(walk, field, path, value, DEFAULT_MAX_LENGTH.textarea)
        break
      case 'email':
        checkText(walk, field, path, value, DEFAULT_MAX_LENGTH.email)
        break
      case 'code':
        checkText(walk, field, path, value, DEFAULT_MAX_LENGTH.code)
        break
      case 'number':
        checkNumber(walk, field, path, value)
        break
      case 'date':
        if (walk.pass === 'shape' && value !== null && value !== '' && !parseStrictDate(value))
          walk.problems.push({ path, field, key: 'input.notDate', params: { value: shown(value) } })
        break
      case 'checkbox':
        if (
          value !== null &&
          typeof value !== 'boolean' &&
          !['true', 'false', ''].includes(String(value))
        )
          walk.problems.push({ path, field, key: 'input.notBoolean' })
        break
      case 'select':
      case 'radio': {
        if (walk.pass !== 'shape') break
        const allowed = optionValues(field.options)
        const values =
          field.type === 'select' && field.hasMany && Array.isArray(value) ? value : [value]
        const wrong = values.find(
          (item) => item !== null && item !== '' && !allowed.includes(item as string),
        )
        if (wrong !== undefined)
          walk.problems.push({
            path,
            field,
            key: 'input.notOption',
            params: { value: shown(wrong), options: allowed.join(', ') },
          })
        break
      }
      case 'relationship':
      case 'upload':
        checkRelation(walk, field, path, value)
        break
      case 'richText':
        if (walk.pass === 'shape' && value !== null && !isRichText(value))
          walk.problems.push({
            path,
            field,
            key: 'input.notRichText',
            params: { type: Array.isArray(value) ? 'array' : typeof value },
          })
        break
      case 'group':
      case 'tab':
        if (value === null) break
        if (!isPlainObject(value)) {
          if (walk.pass === 'shape') walk.problems.push({ path, field, key: 'input.notGroup' })
        } else walkFields(walk, field.flattenedFields, value, path)
        break
      case 'array':
      case 'blocks': {
        // The admin's forms send an empty list as 0; Payload reads it as [].
        if (value === null || value === 0 || value === '0') break
        if (!Array.isArray(value)) {
          if (walk.pass === 'shape') walk.problems.push({ path, field, key: 'input.notList' })
          break
        }
        if (walk.pass === 'limits' && field.maxRows !== undefined && value.length > field.maxRows) {
          walk.problems.push({
            path,
            field,
            key: 'input.tooManyRows',
            params: { max: field.maxRows },
          })
          break
        }
        value.forEach((row: unknown, index) => {
          const rowPath = `${path}.${index}`
          if (!isPlainObject(row)) {
            if (walk.pass === 'shape')
              walk.problems.push({ path: rowPath, field, key: 'input.notGroup' })
            return
          }
          if (field.type === 'array') return walkFields(walk, field.flattenedFields, row, rowPath)
          const block = field.blocks.find(
            (candidate) =>
              (typeof candidate === 'string' ? candidate : candidate.slug) === row.blockType,
          )
          if (!block) {
            if (walk.pass !== 'shape') return
            walk.problems.push({
              path: rowPath,
              field,
              key: 'input.badBlock',
              params: { value: shown(row.blockType) },
            })
            return
          }
          // A block named by reference is checked by Payload against the config's blocks.
          if (typeof block !== 'string') walkFields(walk, block.flattenedFields, row, rowPath)
        })
        break
      }
      default:
        break
    }
  }
}

/**
 * Checks a write's data against its fields, in one pass (see CheckPass): the right type for each
 * field (numbers stay numbers, dates are real dates, options are options, ids can be ids), text
 * within its limit, numbers within their range. Drafts get the same checks: a draft may leave fields
 * empty, but what it holds must fit. Returns what is wrong and the related documents the data names.
 */
export const checkFieldValues = (
  fields: readonly FlattenedField[],
  data: object,
  idType: IdType,
  pass: CheckPass,
): { problems: FieldProblem[]; relations: RelationRef[] } => {
  const walk: Walk = { idType, pass, problems: [], relations: [] }
  walkFields(walk, fields, data, '')
  return { problems: walk.problems, relations: walk.relations }
}
