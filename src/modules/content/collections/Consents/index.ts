import type { CollectionConfig } from 'payload'

import { isAdmin, nobody } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { consentChannels, consentPurposes } from '@/modules/content/domain/consent'
import { label } from '@/modules/content/i18n'

import { withdrawEndpoint } from './endpoints/withdraw'

/**
 * The proof of each consent a citizen gave with a question or a comment (Law 91/2025/QH15: consent
 * must be provable): which purposes, under which version of the notice, when, through which channel
 * and from which address. Written by the system alone when the submission is stored; no API changes
 * or removes one (withdrawal is recorded on it by the system, retention removes it with its data).
 */
export const Consents: CollectionConfig = {
  slug: slugs.consents,
  labels: { singular: label('consents.singular'), plural: label('consents.plural') },
  defaultSort: '-givenAt',
  admin: {
    useAsTitle: 'email',
    group: label('group.engagement'),
    defaultColumns: ['email', 'purposes', 'noticeVersion', 'channel', 'givenAt', 'withdrawnAt'],
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  endpoints: [withdrawEndpoint],
  fields: [
    { name: 'email', type: 'email', index: true, label: label('consent.email') },
    { name: 'phone', type: 'text', maxLength: 20, index: true, label: label('consent.phone') },
    {
      name: 'purposes',
      type: 'select',
      hasMany: true,
      required: true,
      label: label('consent.purposes'),
      options: consentPurposes.map((value) => ({
        value,
        label: label(`consent.purpose.${value}`),
      })),
    },
    {
      name: 'noticeVersion',
      type: 'number',
      required: true,
      min: 1,
      label: label('consent.noticeVersion'),
    },
    dateTimeField({ name: 'givenAt', required: true, label: label('consent.givenAt') }),
    {
      name: 'channel',
      type: 'select',
      required: true,
      label: label('consent.channel'),
      options: consentChannels.map((value) => ({
        value,
        label: label(`consent.channel.${value}`),
      })),
    },
    { name: 'clientAddress', type: 'text', maxLength: 100, label: label('consent.clientAddress') },
    {
      name: 'question',
      type: 'relationship',
      relationTo: slugs.citizenQuestions,
      index: true,
      label: label('consent.question'),
    },
    {
      name: 'comment',
      type: 'relationship',
      relationTo: slugs.comments,
      index: true,
      label: label('consent.comment'),
    },
    dateTimeField({ name: 'withdrawnAt', label: label('consent.withdrawnAt') }),
  ],
}
