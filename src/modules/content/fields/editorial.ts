import type { Field } from 'payload'

import { isAdminUser, type RoleHolder } from '@/platform/access/roles'
import { staffOnlyField } from '@/modules/content/access'
import { slugs } from '@/platform/slugs'
import { canPublish, reviewStates } from '@/modules/content/domain/workflow'
import { label } from '@/platform/i18n/messages'
import { normaliseDate } from '@/platform/fields/isoDate'

/**
 * The fields every published kind of content shares: the owning unit, publication date and the
 * review trail. The trail (who wrote it, who reviewed it, the reviewer's comment) is staff-only.
 */
export const editorialFields = (): Field[] => [
  {
    name: 'unit',
    type: 'relationship',
    relationTo: slugs.units,
    required: true,
    index: true,
    label: label('content.unit'),
    admin: { position: 'sidebar' },
    defaultValue: ({ user }: { user?: RoleHolder & { unit?: unknown } }) =>
      user?.unit && typeof user.unit === 'object' ? (user.unit as { id: unknown }).id : user?.unit,
  },
  {
    name: 'publishedAt',
    type: 'date',
    index: true,
    hooks: { beforeChange: [normaliseDate] },
    label: label('content.publishedAt'),
    admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm' } },
  },
  {
    name: 'reviewStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: label('review.status'),
    options: reviewStates.map((value) => ({ value, label: label(`review.${value}`) })),
    admin: { position: 'sidebar', description: label('review.status.description') },
    access: { read: staffOnlyField },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label('review.comment'),
    admin: { position: 'sidebar' },
    access: {
      read: staffOnlyField,
      update: ({ req }) => canPublish(req.user as RoleHolder),
      create: ({ req }) => canPublish(req.user as RoleHolder),
    },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('content.author'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnlyField, update: ({ req }) => isAdminUser(req.user as RoleHolder) },
  },
  {
    // Kept in every version, so the version history says who made each change.
    name: 'lastModifiedBy',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('content.lastModifiedBy'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnlyField, update: () => false, create: () => false },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('review.reviewedBy'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: staffOnlyField, update: () => false, create: () => false },
  },
]

/**
 * The folded text search runs on; kept by a hook, never typed. Anyone may query by it (public and
 * admin list search need that); `omitSearchText` leaves it out of responses.
 */
export const searchTextField: Field = {
  name: 'searchText',
  type: 'textarea',
  index: true,
  admin: { hidden: true },
}
