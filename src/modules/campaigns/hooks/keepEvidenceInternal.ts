import type { CollectionBeforeChangeHook } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { relationId } from '@/platform/fields/relationId'
import { slugs } from '@/platform/slugs'

const valueAt = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (value, key) =>
        value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined,
      data,
    )

/**
 * beforeChange: files attached as evidence (airings' proof, reports' photos and signed copies, a
 * plan's signed decision) are internal, whatever they were uploaded as, so no anonymous reader or
 * portal key is ever served them. Runs in the write's transaction: both change or neither.
 */
export const keepEvidenceInternal =
  (...paths: string[]): CollectionBeforeChangeHook =>
  async ({ data, req }) => {
    const ids = paths
      .flatMap((path) => {
        const value = valueAt(data, path)
        return Array.isArray(value) ? value : [value]
      })
      .map(relationId)
      .filter((id): id is number | string => id !== null)
    if (ids.length === 0) return data
    // System work: the uploader may not manage the file (an editor's image), yet evidence is internal.
    await asSystem(req).update({
      collection: slugs.media,
      where: { and: [{ id: { in: ids } }, { visibility: { not_equals: 'internal' } }] },
      data: { visibility: 'internal' },
      depth: 0,
    })
    return data
  }
