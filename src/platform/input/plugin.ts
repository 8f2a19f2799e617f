import { getTranslation } from '@payloadcms/translations'
import {
  NotFound,
  ValidationError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type CollectionSlug,
  type CollectionBeforeOperationHook,
  type FlattenedField,
  type GlobalBeforeChangeHook,
  type GlobalBeforeOperationHook,
  type Option,
  type Payload,
  type PayloadRequest,
  type Plugin,
  type SanitizedConfig,
} from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { refused, t } from '@/platform/i18n'

import {
  checkFieldValues,
  isValidId,
  type CheckPass,
  type FieldProblem,
  type IdType,
  type RelationRef,
} from './fieldRules'
import { collectionConfig, fieldAtPath } from './labels'
import { checkWhere } from './where'
import { isPlainObject, toNfc } from './values'

const idTypeOf = (payload: Payload): IdType =>
  payload.db.defaultIDType === 'number' ? 'number' : 'text'

const labelOf = (req: PayloadRequest, field: FlattenedField): string =>
  String(
    getTranslation(
      ('label' in field && field.label) || ('name' in field ? field.name : ''),
      req.i18n,
    ),
  )

/** A field's options as a user reads them: "commune (Xã, phường)". */
const optionsText = (req: PayloadRequest, field: FlattenedField): string =>
  'options' in field && Array.isArray(field.options)
    ? field.options
        .map((option: Option) =>
          typeof option === 'string'
            ? option
            : `${option.value} (${String(getTranslation(option.label, req.i18n))})`,
        )
        .join(', ')
    : ''

const messageOf = (req: PayloadRequest, problem: FieldProblem): string =>
  t(
    req,
    problem.key,
    problem.key === 'input.notOption'
      ? { ...problem.params, options: optionsText(req, problem.field) }
      : problem.params,
  )

/** The related documents the input names that do not exist (one count per related collection). */
const missingRelations = async (
  req: PayloadRequest,
  relations: RelationRef[],
): Promise<FieldProblem[]> => {
  // System reads: whether a document exists is checked whoever may see it; the answer names only
  // the id the caller sent.
  const system = asSystem(req)
  const problems: FieldProblem[] = []
  const byCollection = new Map<string, RelationRef[]>()
  for (const ref of relations)
    byCollection.set(ref.collection, [...(byCollection.get(ref.collection) ?? []), ref])
  for (const [collection, refs] of byCollection) {
    const ids = [...new Set(refs.map((ref) => String(ref.id)))]
    const { totalDocs } = await system.count({
      collection: collection as CollectionSlug,
      where: { id: { in: ids } },
    })
    if (totalDocs === ids.length) continue
    for (const ref of refs) {
      const found = await system.count({
        collection: collection as CollectionSlug,
        where: { id: { equals: ref.id } },
      })
      if (found.totalDocs > 0) continue
      const target = collectionConfig(req.payload, collection)
      problems.push({
        path: ref.path,
        field: ref.field,
        key: 'input.missingRelation',
        params: {
          collection: String(getTranslation(target?.labels.singular ?? collection, req.i18n)),
          value: String(ref.id),
        },
      })
    }
  }
  return problems
}

/** Refuses a write whose data does not fit its fields, naming each field by its label. */
const checkData = async (
  req: PayloadRequest,
  owner: { collection: string } | { global: string },
  fields: readonly FlattenedField[],
  data: object,
  pass: CheckPass,
) => {
  const { problems, relations } = checkFieldValues(fields, data, idTypeOf(req.payload), pass)
  if (problems.length === 0 && relations.length > 0)
    problems.push(...(await missingRelations(req, relations)))
  if (problems.length === 0) return
  throw new ValidationError(
    {
      ...owner,
      errors: problems.map((problem) => ({
        path: problem.path,
        label: labelOf(req, problem.field),
        message: messageOf(req, problem),
      })),
      req,
    },
    req.t,
  )
}

type OperationArgs = { data?: unknown; id?: unknown; where?: unknown }

/** A write's data must be one JSON object: anything else (null, a string, text sent as text/plain). */
const ensureObjectData = (req: PayloadRequest, args: OperationArgs) => {
  if (isPlainObject(args.data)) return args.data
  // An upload may come as a file alone; Payload then makes the data itself.
  if (args.data === undefined && req.file) return undefined
  throw refused(req, 'input.bodyNotObject')
}

const checkQuery = (
  req: PayloadRequest,
  args: OperationArgs,
  fields: readonly FlattenedField[],
) => {
  if (args.where === undefined || args.where === null) return
  const problem = checkWhere(
    args.where,
    (path) => (path === 'id' ? 'id' : fieldAtPath(fields, path)),
    idTypeOf(req.payload),
  )
  if (problem) throw refused(req, problem.key, problem.params)
}

/**
 * Before any collection operation: a bad id is a missing document (404), a filter must use
 * operators that exist for it, and a write's data is checked, NFC-normalised and its related
 * documents looked up, all before Payload reads it.
 */
const guardCollectionOperation: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  req,
}) => {
  const operationArgs = args as OperationArgs
  checkQuery(req, operationArgs, collection.flattenedFields)
  if (
    operationArgs.id !== undefined &&
    operationArgs.id !== null &&
    !isValidId(operationArgs.id, idTypeOf(req.payload))
  )
    throw new NotFound(req.t)
  if (operation !== 'create' && operation !== 'update') return args
  const data = ensureObjectData(req, operationArgs)
  if (data)
    await checkData(
      req,
      { collection: collection.slug },
      collection.flattenedFields,
      toNfc(data),
      'shape',
    )
  return args
}

/** After the modules' own rules (their texts are more specific): lengths and ranges, drafts too. */
const checkCollectionLimits: CollectionBeforeChangeHook = async ({ collection, data, req }) => {
  await checkData(req, { collection: collection.slug }, collection.flattenedFields, data, 'limits')
  return data
}

const checkGlobalLimits: GlobalBeforeChangeHook = async ({ data, global, req }) => {
  await checkData(req, { global: global.slug }, global.flattenedFields, data, 'limits')
  return data
}

const guardGlobalOperation: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  req,
}) => {
  if (operation !== 'update') return args
  const data = ensureObjectData(req, args as OperationArgs)
  if (data)
    await checkData(req, { global: global.slug }, global.flattenedFields, toNfc(data), 'shape')
  return args
}

type Dependent = { collection: string; path: string; field: FlattenedField }

/** Every required relationship field in the app, by the collection it points to. */
const requiredReferences = (config: SanitizedConfig): Map<string, Dependent[]> => {
  const references = new Map<string, Dependent[]>()
  const visit = (collection: string, fields: readonly FlattenedField[], prefix: string) => {
    for (const field of fields) {
      if (!('name' in field)) continue
      const path = prefix ? `${prefix}.${field.name}` : field.name
      if (field.type === 'group' || field.type === 'tab' || field.type === 'array')
        visit(collection, field.flattenedFields, path)
      if ((field.type === 'relationship' || field.type === 'upload') && field.required)
        for (const target of [field.relationTo].flat())
          references.set(target, [...(references.get(target) ?? []), { collection, path, field }])
    }
  }
  for (const collection of config.collections)
    if (!collection.slug.startsWith('payload-'))
      visit(collection.slug, collection.flattenedFields, '')
  return references
}

const referencesByConfig = new WeakMap<SanitizedConfig, Map<string, Dependent[]>>()

/**
 * Before a delete: a document that others require (an airing's broadcast item, a report's plan)
 * stays, with a 409 saying what depends on it. The database would otherwise refuse halfway (SQLite's
 * foreign keys) or keep references to nothing (MongoDB).
 */
const guardDependents: CollectionBeforeDeleteHook = async ({ collection, id, req }) => {
  const config = req.payload.config
  let references = referencesByConfig.get(config)
  if (!references) {
    references = requiredReferences(config)
    referencesByConfig.set(config, references)
  }
  // System reads: what depends on a document counts whoever may see it.
  const system = asSystem(req)
  for (const dependent of references.get(collection.slug) ?? []) {
    const { totalDocs } = await system.count({
      collection: dependent.collection as CollectionSlug,
      where: { [dependent.path]: { equals: id } },
    })
    if (totalDocs === 0) continue
    const owner = collectionConfig(req.payload, dependent.collection)
    throw refused(
      req,
      'input.inUse',
      {
        count: totalDocs,
        collection: String(getTranslation(owner?.labels.plural ?? dependent.collection, req.i18n)),
        field: labelOf(req, dependent.field),
      },
      409,
    )
  }
}

/**
 * Input safety for every collection and global of the app, added last so it sees every module's
 * collections: the shape of the input is checked before anything else runs, its limits after the
 * modules' own rules, and deletes keep what others depend on.
 */
export const inputSafetyPlugin: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [guardCollectionOperation, ...(collection.hooks?.beforeOperation ?? [])],
      beforeChange: [...(collection.hooks?.beforeChange ?? []), checkCollectionLimits],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), guardDependents],
    },
  })),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeOperation: [guardGlobalOperation, ...(global.hooks?.beforeOperation ?? [])],
      beforeChange: [...(global.hooks?.beforeChange ?? []), checkGlobalLimits],
    },
  })),
})
