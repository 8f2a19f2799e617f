import type { CollectionConfig } from 'payload'

import { anyone, nobody, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { languageNames, languages } from '@/platform/i18n/catalog'
import { slugs } from '@/platform/slugs'
import { moderators, moderatorsField } from '@/modules/content/access'
import {
  requestKinds,
  requestStatuses,
  REQUEST_DETAILS_MAX_LENGTH,
} from '@/modules/content/domain/personalDataRequests'
import { NAME_MAX_LENGTH } from '@/modules/content/domain/submissions'
import { contactReadAccess } from '@/modules/content/fields/personalData'
import { guardPublicSubmission } from '@/modules/content/hooks/guardPublicSubmission'
import { label } from '@/modules/content/i18n'

import {
  eraseEndpoint,
  exportByContactEndpoint,
  exportEndpoint,
  withdrawEndpoint,
} from './endpoints/actions'
import {
  checkPublicRequest,
  overdueNow,
  recordRequestSteps,
  requestLifecycle,
} from './hooks/lifecycle'

const system = { create: nobodyField, update: nobodyField } as const
const sidebar = { position: 'sidebar', readOnly: true } as const

/**
 * What people ask about their personal data (access, correction, deletion, withdrawal of consent,
 * objection; Law 91/2025/QH15): anyone files one (anti-spam proof, per-address limit); only the
 * staff who answer citizens (editors, reviewers, admins) read and handle them. Deadlines are
 * counted in domain/personalDataRequests.ts; every step is audited; a request is never deleted (it
 * is the proof it was handled), its contact details are replaced by a hash once the person's data
 * is erased.
 */
export const PersonalDataRequests: CollectionConfig = {
  slug: slugs.personalDataRequests,
  labels: { singular: label('pdr.singular'), plural: label('pdr.plural') },
  defaultSort: '-receivedAt',
  admin: {
    useAsTitle: 'email',
    group: label('group.engagement'),
    defaultColumns: [
      'kind',
      'email',
      'phone',
      'status',
      'receivedAt',
      'ackDueAt',
      'dueAt',
      'overdue',
    ],
    listSearchableFields: ['email', 'phone', 'name'],
  },
  access: { read: moderators, create: anyone, update: moderators, delete: nobody },
  hooks: {
    beforeOperation: [
      checkPublicRequest,
      guardPublicSubmission({
        kind: 'request',
        requireProof: true,
        texts: [
          { field: 'name', label: 'pdr.name', max: NAME_MAX_LENGTH },
          {
            field: 'details',
            label: 'pdr.details',
            max: REQUEST_DETAILS_MAX_LENGTH,
            required: true,
          },
        ],
      }),
    ],
    beforeChange: [requestLifecycle],
    afterChange: [recordRequestSteps],
  },
  endpoints: [exportByContactEndpoint, exportEndpoint, eraseEndpoint, withdrawEndpoint],
  fields: [
    {
      name: 'kind',
      type: 'select',
      required: true,
      index: true,
      label: label('pdr.kind'),
      options: requestKinds.map((value) => ({ value, label: label(`pdr.kind.${value}`) })),
      access: { update: nobodyField },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'name',
          type: 'text',
          maxLength: NAME_MAX_LENGTH,
          label: label('pdr.name'),
          access: { ...contactReadAccess, update: nobodyField },
        },
        {
          name: 'email',
          type: 'email',
          index: true,
          label: label('pdr.email'),
          access: { ...contactReadAccess, update: nobodyField },
        },
        {
          name: 'phone',
          type: 'text',
          maxLength: 20,
          index: true,
          label: label('pdr.phone'),
          access: { ...contactReadAccess, update: nobodyField },
        },
      ],
    },
    {
      name: 'details',
      type: 'textarea',
      required: true,
      maxLength: REQUEST_DETAILS_MAX_LENGTH,
      label: label('pdr.details'),
      access: { update: nobodyField },
    },
    {
      name: 'declaration',
      type: 'checkbox',
      defaultValue: false,
      label: label('pdr.declaration'),
      access: { update: nobodyField },
      admin: { readOnly: true },
    },
    {
      name: 'language',
      type: 'select',
      defaultValue: 'vi',
      label: label('pdr.language'),
      options: languages.map((value) => ({ value, label: languageNames[value] })),
      access: { update: nobodyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'received',
      index: true,
      label: label('pdr.status'),
      options: requestStatuses.map((value) => ({ value, label: label(`pdr.status.${value}`) })),
      access: { create: moderatorsField, update: moderatorsField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'overdue',
      type: 'checkbox',
      label: label('pdr.overdue'),
      virtual: true,
      hooks: { afterRead: [overdueNow] },
      admin: { position: 'sidebar', readOnly: true, disableListFilter: true },
    },
    dateTimeField({
      name: 'receivedAt',
      label: label('pdr.receivedAt'),
      access: system,
      admin: sidebar,
    }),
    dateTimeField({
      name: 'ackDueAt',
      label: label('pdr.ackDueAt'),
      access: system,
      admin: sidebar,
    }),
    dateTimeField({ name: 'dueAt', label: label('pdr.dueAt'), access: system, admin: sidebar }),
    {
      name: 'extensionReason',
      type: 'textarea',
      maxLength: 2000,
      label: label('pdr.extensionReason'),
      access: { create: nobodyField, update: moderatorsField },
      admin: { description: label('pdr.extensionReason.description') },
    },
    dateTimeField({
      name: 'extendedDueAt',
      label: label('pdr.extendedDueAt'),
      access: system,
      admin: sidebar,
    }),
    {
      name: 'responseNote',
      type: 'textarea',
      maxLength: 20000,
      label: label('pdr.responseNote'),
      access: { create: moderatorsField, update: moderatorsField },
    },
    {
      name: 'actions',
      type: 'ui',
      admin: {
        components: {
          Field:
            '/src/modules/content/collections/PersonalDataRequests/components/RequestActions#RequestActions',
        },
      },
    },
    {
      name: 'handledBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('pdr.handledBy'),
      access: system,
      admin: sidebar,
    },
    dateTimeField({
      name: 'acknowledgedAt',
      label: label('pdr.acknowledgedAt'),
      access: system,
      admin: sidebar,
    }),
    dateTimeField({
      name: 'completedAt',
      label: label('pdr.completedAt'),
      access: system,
      admin: sidebar,
    }),
    dateTimeField({
      name: 'erasedAt',
      label: label('pdr.erasedAt'),
      access: system,
      admin: sidebar,
    }),
    {
      name: 'contactHash',
      type: 'text',
      maxLength: 64,
      index: true,
      label: label('pdr.contactHash'),
      access: system,
      admin: { ...sidebar, description: label('pdr.contactHash.description') },
    },
  ],
}
