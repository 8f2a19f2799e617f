import type { Access, CollectionConfig } from 'payload'

import { anyone } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { moderators, moderatorsField } from '@/modules/content/access'
import { COMMENT_MAX_LENGTH, NAME_MAX_LENGTH } from '@/modules/content/domain/submissions'
import { canEditContent } from '@/modules/content/domain/workflow'
import {
  consentFields,
  contactReadAccess,
  personalDataCheckedField,
} from '@/modules/content/fields/personalData'
import { guardPublicSubmission } from '@/modules/content/hooks/guardPublicSubmission'
import { recordConsent } from '@/modules/content/hooks/recordConsent'
import { label } from '@/modules/content/i18n'

import { gateApproval } from './hooks/gateApproval'
import { requirePublishedArticle } from './hooks/requirePublishedArticle'

/** The public sees approved comments only; the moderation queue stays in the admin. */
const readApprovedOrModerate: Access = ({ req }) =>
  canEditContent(req.user) ? true : { status: { equals: 'approved' } }

/**
 * Readers' comments on articles, held for moderation and shown only with the commenter's consent to
 * publication (the name is optional and shown as given; the email only to moderators). Stored exactly as written and always delivered
 * as plain text (never as HTML); markup that could run in a browser is refused outright.
 */
export const Comments: CollectionConfig = {
  slug: slugs.comments,
  labels: { singular: label('comments.singular'), plural: label('comments.plural') },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'content',
    group: label('group.engagement'),
    defaultColumns: ['content', 'name', 'article', 'status', 'createdAt'],
  },
  access: { read: readApprovedOrModerate, create: anyone, update: moderators, delete: moderators },
  hooks: {
    beforeOperation: [
      guardPublicSubmission({
        kind: 'comment',
        requireProof: true,
        requireConsent: true,
        texts: [
          { field: 'name', label: 'comment.name', max: NAME_MAX_LENGTH },
          { field: 'content', label: 'comment.content', max: COMMENT_MAX_LENGTH, required: true },
        ],
      }),
    ],
    beforeChange: [requirePublishedArticle, gateApproval],
    afterChange: [recordConsent('comment')],
  },
  fields: [
    {
      name: 'article',
      type: 'relationship',
      relationTo: slugs.articles,
      required: true,
      index: true,
      label: label('comment.article'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: NAME_MAX_LENGTH,
          label: label('comment.name'),
        },
        {
          name: 'email',
          type: 'email',
          label: label('comment.email'),
          access: contactReadAccess,
        },
      ],
    },
    {
      name: 'content',
      type: 'textarea',
      required: true,
      maxLength: COMMENT_MAX_LENGTH,
      label: label('comment.content'),
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      label: label('comment.status'),
      options: (['pending', 'approved', 'rejected'] as const).map((value) => ({
        value,
        label: label(`comment.${value}`),
      })),
      access: { create: moderatorsField, update: moderatorsField },
      admin: { position: 'sidebar' },
    },
    personalDataCheckedField(),
    ...consentFields(),
  ],
}
