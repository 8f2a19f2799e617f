import type { CollectionConfig } from 'payload'

import { isStaffField } from '@/platform/access/predicates'
import { slugField } from '@/platform/fields/slug'
import { slugs } from '@/platform/slugs'
import { editorialFields, searchTextField } from '@/modules/content/fields/editorial'
import { label } from '@/modules/content/i18n'

import {
  editorialActionButtons,
  editorialCollection,
  guardedPublishButton,
} from '@/modules/content/collections/editorial'

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
    components: {
      edit: {
        PublishButton: guardedPublishButton,
        beforeDocumentControls: [editorialActionButtons(slugs.faqs)],
      },
    },
  },
  ...editorialCollection({
    slug: slugs.faqs,
    searchFields: ['question', 'answer'],
    title: 'question',
  }),
  fields: [
    {
      name: 'question',
      type: 'text',
      required: true,
      label: label('faq.question'),
      maxLength: 500,
    },
    { name: 'answer', type: 'richText', required: true, label: label('faq.answer') },
    {
      type: 'row',
      fields: [
        {
          name: 'procedureField',
          type: 'relationship',
          relationTo: slugs.procedureFields,
          required: true,
          label: label('faq.procedureField'),
        },
        {
          name: 'reformArea',
          type: 'relationship',
          relationTo: slugs.reformAreas,
          label: label('faq.reformArea'),
        },
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
      access: { read: isStaffField },
    },
    searchTextField,
  ],
}
