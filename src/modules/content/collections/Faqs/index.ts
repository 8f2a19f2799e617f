import type { CollectionConfig } from 'payload'

import { createContent, readOwnUnitsVersions, readPublishedOrOwnUnits, staffOnlyField, writeOwnUnitsContent } from '@/modules/content/access'
import { slugs } from '@/platform/slugs'
import { searchEndpoint } from '@/modules/content/endpoints/search'
import { editorialFields, searchTextField } from '@/modules/content/fields/editorial'
import { slugField } from '@/platform/fields/slug'
import { enforceEditorialWorkflow, rememberDraftSave } from '@/modules/content/hooks/editorialWorkflow'
import { invalidatesPublicCache } from '@/modules/delivery/hooks/publicCache'
import { foldSearchQuery, keepSearchText, omitSearchText } from '@/modules/content/hooks/searchText'
import { label } from '@/platform/i18n/messages'
import { queueWebhookOnChange, queueWebhookOnDelete, rememberPublicState } from '@/modules/messaging/webhooks'

/** Questions and answers on administrative procedures, published through the same workflow as news. */
export const Faqs: CollectionConfig = {
  slug: slugs.faqs,
  labels: { singular: label('faqs.singular'), plural: label('faqs.plural') },
  defaultSort: 'order',
  admin: {
    useAsTitle: 'question',
    group: label('group.content'),
    defaultColumns: ['question', 'procedureField', 'reviewStatus', 'order', '_status'],
    listSearchableFields: ['question', 'searchText'],
    components: { edit: { PublishButton: '/src/modules/content/components/GuardedPublishButton#GuardedPublishButton' } },
  },
  versions: { drafts: { schedulePublish: true }, maxPerDoc: 50 },
  access: {
    read: readPublishedOrOwnUnits,
    readVersions: readOwnUnitsVersions,
    create: createContent,
    update: writeOwnUnitsContent,
    delete: writeOwnUnitsContent,
  },
  hooks: {
    beforeOperation: [rememberDraftSave, foldSearchQuery],
    afterRead: [omitSearchText],
    beforeChange: [rememberPublicState, enforceEditorialWorkflow, keepSearchText('question', 'answer')],
    afterChange: [invalidatesPublicCache.afterChange, queueWebhookOnChange],
    afterDelete: [invalidatesPublicCache.afterDelete, queueWebhookOnDelete],
  },
  endpoints: [searchEndpoint(slugs.faqs, 'question')],
  fields: [
    { name: 'question', type: 'text', required: true, label: label('faq.question'), maxLength: 500 },
    { name: 'answer', type: 'richText', required: true, label: label('faq.answer') },
    {
      type: 'row',
      fields: [
        { name: 'procedureField', type: 'relationship', relationTo: slugs.procedureFields, required: true, label: label('faq.procedureField') },
        { name: 'reformArea', type: 'relationship', relationTo: slugs.reformAreas, label: label('faq.reformArea') },
        { name: 'order', type: 'number', defaultValue: 0, label: label('taxonomy.order') },
      ],
    },
    slugField('question'),
    ...editorialFields(),
    {
      name: 'sourceQuestion',
      type: 'relationship',
      relationTo: slugs.citizenQuestions,
      label: label('faq.sourceQuestion'),
      admin: { position: 'sidebar', readOnly: true },
      access: { read: staffOnlyField },
    },
    searchTextField,
  ],
}
