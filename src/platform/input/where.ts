import type { FlattenedField } from 'payload'

import type { MessageParams } from '@/platform/i18n/catalog'
import type { CoreMessageKey } from '@/platform/i18n/core'

import { isValidId, type IdType } from './fieldRules'
import { isNumericText, isPlainObject, parseStrictDate } from './values'

/** The filter operators the app's fields support (it has no geographic fields: no near/within). */
export const WHERE_OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'like',
  'not_like',
  'contains',
])

/** Operators whose value is compared with the field's own values (so must be of their type). */
const COMPARING = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
])

export type WhereProblem = { key: CoreMessageKey; params?: MessageParams }

/** What a filtered path holds, as far as checking a value goes. */
type PathKind = 'id' | 'number' | 'date' | undefined

export const pathKind = (field: FlattenedField | 'id' | undefined): PathKind => {
  if (field === 'id') return 'id'
  if (!field) return undefined
  if (field.type === 'number') return 'number'
  if (field.type === 'date') return 'date'
  if (
    (field.type === 'relationship' || field.type === 'upload') &&
    !Array.isArray(field.relationTo)
  )
    return 'id'
  return undefined
}

const valuesOf = (operator: string, value: unknown): unknown[] => {
  if (operator === 'in' || operator === 'not_in' || operator === 'all') {
    if (Array.isArray(value)) return value
    if (typeof value === 'string') return value.split(',')
  }
  return [value]
}

const fits = (kind: PathKind, value: unknown, idType: IdType): boolean => {
  if (value === null || value === undefined || value === '' || value === 'null') return true
  if (kind === 'id') return isValidId(value, idType)
  if (kind === 'number')
    return typeof value === 'number'
      ? Number.isFinite(value)
      : typeof value === 'string' && isNumericText(value)
  if (kind === 'date') return parseStrictDate(value) !== null
  return true
}

const shown = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value)
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

/**
 * What is wrong with a `where` filter as a client sent it, if anything: its shape (and/or lists of
 * filters, each path mapped to operators), its operators, and values that cannot be compared with
 * the field (an id that is no id, a number or date that is none). Unknown paths are Payload's to
 * refuse. `fieldAt` gives the field at a path, or 'id'.
 */
export const checkWhere = (
  where: unknown,
  fieldAt: (path: string) => FlattenedField | 'id' | undefined = () => undefined,
  idType: IdType = 'number',
): WhereProblem | null => {
  const stack: unknown[] = [where]
  while (stack.length > 0) {
    const current = stack.pop()
    if (!isPlainObject(current)) return { key: 'input.badWhere' }
    for (const [path, condition] of Object.entries(current)) {
      if (path === 'and' || path === 'or') {
        if (!Array.isArray(condition)) return { key: 'input.badWhere' }
        stack.push(...(condition as unknown[]))
        continue
      }
      if (!isPlainObject(condition)) return { key: 'input.badWhere' }
      const kind = pathKind(fieldAt(path))
      for (const [operator, value] of Object.entries(condition)) {
        if (!WHERE_OPERATORS.has(operator))
          return { key: 'input.badOperator', params: { operator, path } }
        if (!kind || !COMPARING.has(operator)) continue
        const wrong = valuesOf(operator, value).find((item) => !fits(kind, item, idType))
        if (wrong !== undefined)
          return { key: 'input.badWhereValue', params: { value: shown(wrong), path } }
      }
    }
  }
  return null
}
