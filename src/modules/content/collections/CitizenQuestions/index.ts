import type { CollectionConfig, Endpoint } from 'payload'

import { anyone, isAdmin, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { requireUser, routeParam } from '@/platform/http'
import { languageNames, languages } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { moderators, moderatorsField } from '@/modules/content/access'
import {
  EMAIL_MAX_LENGTH,
  NAME_MAX_LENGTH,
  QUESTION_MAX_LENGTH,
} from '@/modules/content/domain/submissions'
import {
  consentFields,
  contactReadAccess,
  personalDataCheckedField,
} from '@/modules/content/fields/personalData'
import { guardPublicSubmission } from '@/modules/content/hooks/guardPublicSubmission'
import { recordConsent } from '@/modules/content/hooks/recordConsent'
import { label, t } from '@/modules/content/i18n'

import { mailAnswerToAsker, recordAnswer } from './hooks/answerWorkflow'
import { publishQuestionAsFaq } from './publishAsFaq'

const staffField = { create: moderatorsField, update: moderatorsField } as const

/** `POST /api/citizen-questions/:id/publish-faq`: the one click that turns an answer into an FAQ. */
const publishFaqEndpoint: Endpoint = {
  path: '/:id/publish-faq',
  method: 'post',
  handler: async (req) => {
    requireUser(req)
    const faq = await publishQuestionAsFaq(req, routeParam(req, 'id'))
    return Response.json(
      { message: t(req, 'question.publishedAsFaq'), faq: { id: faq.id, slug: faq.slug } },
      { status: 201 },
    )
  },
}

/**
 * Questions the public sends about procedures. Anyone may ask (after an offline proof-of-work and
 * within a per-address limit); only staff read them, so askers' contact details never leave the admin.
 */
export const CitizenQuestions: CollectionConfig = {
  slug: slugs.citizenQuestions,
  labels: { singular: label('questions.singular'), plural: label('questions.plural') },
  defaultSort: '-createdAt',
  admin: {
    useAsTitle: 'question',
    group: label('group.engagement'),
    defaultColumns: ['question', 'name', 'procedureField', 'status', 'createdAt'],
    listSearchableFields: ['question', 'name'],
  },
  access: { read: moderators, create: anyone, update: moderators, delete: isAdmin },
  hooks: {
    beforeOperation: [
      guardPublicSubmission({
        kind: 'question',
        requireProof: true,
        requireConsent: true,
        texts: [
          { field: 'name', label: 'question.name', max: NAME_MAX_LENGTH, required: true },
          { field: 'email', label: 'question.email', max: EMAIL_MAX_LENGTH, required: true },
          { field: 'question', label: 'question.text', max: QUESTION_MAX_LENGTH, required: true },
        ],
      }),
    ],
    beforeChange: [recordAnswer],
    afterChange: [recordConsent('question'), mailAnswerToAsker],
  },
  endpoints: [publishFaqEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        // Required of the public by the guard; empty once anonymised (withdrawal, retention).
        {
          name: 'name',
          type: 'text',
          maxLength: NAME_MAX_LENGTH,
          label: label('question.name'),
          access: contactReadAccess,
        },
        {
          name: 'email',
          type: 'email',
          label: label('question.email'),
          access: contactReadAccess,
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: 20,
          label: label('question.phone'),
          access: contactReadAccess,
        },
      ],
    },
    {
      name: 'question',
      type: 'textarea',
      required: true,
      maxLength: QUESTION_MAX_LENGTH,
      label: label('question.text'),
    },
    {
      name: 'procedureField',
      type: 'relationship',
      relationTo: slugs.procedureFields,
      required: true,
      label: label('question.field'),
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      label: label('question.language'),
      options: languages.map((value) => ({ value, label: languageNames[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      label: label('question.status'),
      options: (['new', 'inProgress', 'answered', 'rejected', 'published'] as const).map(
        (value) => ({ value, label: label(`question.${value}`) }),
      ),
      access: staffField,
      admin: { position: 'sidebar' },
    },
    {
      name: 'assignedUnit',
      type: 'relationship',
      relationTo: slugs.units,
      label: label('question.assignedUnit'),
      access: staffField,
      admin: { position: 'sidebar' },
    },
    { name: 'answer', type: 'richText', label: label('question.answer'), access: staffField },
    {
      name: 'publishAsFaq',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: {
          Field:
            '/src/modules/content/collections/CitizenQuestions/components/PublishAsFaqButton#PublishAsFaqButton',
        },
      },
    },
    personalDataCheckedField(),
    ...consentFields(),
    {
      name: 'faq',
      type: 'relationship',
      relationTo: slugs.faqs,
      label: label('question.faq'),
      access: { create: nobodyField, update: moderatorsField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'answeredBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('question.answeredBy'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    },
    dateTimeField({
      name: 'answeredAt',
      label: label('question.answeredAt'),
      access: { create: nobodyField, update: nobodyField },
      admin: { position: 'sidebar', readOnly: true },
    }),
    dateTimeField({
      name: 'answerEmailedAt',
      access: { create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    }),
  ],
}
