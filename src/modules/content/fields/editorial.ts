import type { Field } from 'payload'

import { isAdminField, isStaffField, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { ownerUnitField } from '@/modules/organisation'
import { canPublish, reviewStates } from '@/modules/content/domain/workflow'
import { label } from '@/modules/content/i18n'

/**
 * The fields every published kind of content shares: the owning unit, publication date and the
 * review trail. The trail (who wrote it, who reviewed it, the reviewer's comment) is staff-only.
 */
export const editorialFields = (): Field[] => [
  ownerUnitField({ label: label('content.unit'), required: true, defaultToUserUnit: true }),
  dateTimeField({
    name: 'publishedAt',
    index: true,
    label: label('content.publishedAt'),
    admin: { position: 'sidebar' },
  }),
  {
    name: 'reviewStatus',
    type: 'select',
    defaultValue: 'draft',
    index: true,
    label: label('review.status'),
    options: reviewStates.map((value) => ({ value, label: label(`review.${value}`) })),
    // Changed by the workflow buttons (the API still takes it, under the same rules).
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: label('review.status.description'),
    },
    access: { read: isStaffField },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: label('review.comment'),
    admin: { position: 'sidebar', readOnly: true },
    access: {
      read: isStaffField,
      update: ({ req }) => canPublish(req.user),
      create: ({ req }) => canPublish(req.user),
    },
  },
  {
    name: 'author',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('content.author'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: isStaffField, update: isAdminField },
  },
  {
    // Kept in every version, so the version history says who made each change.
    name: 'lastModifiedBy',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('content.lastModifiedBy'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: isStaffField, update: nobodyField, create: nobodyField },
  },
  {
    name: 'reviewedBy',
    type: 'relationship',
    relationTo: slugs.users,
    label: label('review.reviewedBy'),
    admin: { position: 'sidebar', readOnly: true },
    access: { read: isStaffField, update: nobodyField, create: nobodyField },
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
