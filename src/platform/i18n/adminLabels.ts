import { getTranslation } from '@payloadcms/translations'
import type { CollectionConfig, Field, LabelFunction, Plugin, StaticLabel } from 'payload'

type Label = StaticLabel | LabelFunction | false | undefined

/**
 * A `{ vi, en }` label as a function of the request's language. Payload turns label functions into the
 * reader's own words before the admin gets its configuration; a `{ vi, en }` object reaches the admin
 * as it is, and some of Payload's components print it raw ("Sắp xếp theo [object Object]",
 * "Tạo mới [object Object]" in screen-reader labels).
 */
const inLanguage = (value: Label): Label =>
  value && typeof value === 'object' ? ({ i18n }) => String(getTranslation(value, i18n)) : value

const isInternal = (field: Field): boolean =>
  field.type === 'ui' || Boolean(field.admin && 'hidden' in field.admin && field.admin.hidden)

/** A field's labels in the reader's language; hidden and display-only fields kept out of columns and filters. */
const adminField = (field: Field): Field => {
  const next = { ...field } as Field & {
    label?: Label
    labels?: { singular?: Label; plural?: Label }
    fields?: Field[]
    tabs?: { label?: Label; fields: Field[] }[]
    blocks?: { labels?: { singular?: Label; plural?: Label }; fields: Field[] }[]
  }
  if ('label' in next) next.label = inLanguage(next.label)
  if (next.labels)
    next.labels = {
      singular: inLanguage(next.labels.singular),
      plural: inLanguage(next.labels.plural),
    }
  if (next.fields) next.fields = next.fields.map(adminField)
  // A tab's label stays `{ vi, en }`: Payload calls a tab's label function with `{ t }` only (no
  // i18n), and its tab bar translates the object itself.
  if (next.tabs)
    next.tabs = next.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(adminField) }))
  if (next.blocks)
    next.blocks = next.blocks.map((block) => ({
      ...block,
      labels: block.labels && {
        singular: inLanguage(block.labels.singular),
        plural: inLanguage(block.labels.plural),
      },
      fields: block.fields.map(adminField),
    }))
  // Internal fields (search text, keys, fingerprints, panels) are not columns or filters anyone reads.
  if (isInternal(field))
    next.admin = { ...next.admin, disableListColumn: true, disableListFilter: true } as never
  return next as Field
}

const adminCollection = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  labels: collection.labels && {
    singular: inLanguage(collection.labels.singular) as never,
    plural: inLanguage(collection.labels.plural) as never,
  },
  fields: collection.fields.map(adminField),
})

/**
 * Labels the admin shows in the reader's language everywhere, screen-reader labels included. Runs last
 * among the plugins, so it sees every module's and plugin's collections; the jobs collection, which
 * Payload adds after the plugins, through its overrides.
 */
export const adminLabelsPlugin: Plugin = (config) => {
  const jobsOverrides = config.jobs?.jobsCollectionOverrides
  return {
    ...config,
    collections: (config.collections ?? []).map(adminCollection),
    jobs: config.jobs && {
      ...config.jobs,
      jobsCollectionOverrides: (args) =>
        adminCollection(jobsOverrides ? jobsOverrides(args) : args.defaultJobsCollection),
    },
  }
}
