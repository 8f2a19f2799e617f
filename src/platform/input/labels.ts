import { getTranslation } from '@payloadcms/translations'
import type {
  Collection,
  FlattenedField,
  Payload,
  PayloadRequest,
  SanitizedCollectionConfig,
} from 'payload'

/** A collection's config by a slug that arrived as text (from config walks or error data). */
export const collectionConfig = (
  payload: Payload | undefined,
  slug: string,
): SanitizedCollectionConfig | undefined =>
  (payload?.collections as Record<string, Collection | undefined> | undefined)?.[slug]?.config

/** The field at a data path ("figures.dossiersEarlyPct", "activities.2.channel"), if there is one. */
export const fieldAtPath = (
  fields: readonly FlattenedField[],
  path: string,
): FlattenedField | undefined => {
  let current: readonly FlattenedField[] = fields
  let found: FlattenedField | undefined
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment)) continue
    found = current.find((field) => 'name' in field && field.name === segment)
    if (!found) return undefined
    current = 'flattenedFields' in found ? found.flattenedFields : []
  }
  return found
}

/** The label a user sees for the field at `path` of a collection or global, in the request's language. */
export const fieldLabel = (req: PayloadRequest, slug: string, path: string): string | undefined => {
  const owner =
    collectionConfig(req.payload, slug) ??
    req.payload?.globals?.config?.find((global) => global.slug === slug)
  const field = owner ? fieldAtPath(owner.flattenedFields, path) : undefined
  if (!field || !('label' in field) || !field.label) return undefined
  return String(getTranslation(field.label, req.i18n))
}
