import type { CollectionConfig } from 'payload'

import { slugField } from '@/platform/fields/slug'
import { slugs } from '@/platform/slugs'
import { editorialFields, searchTextField } from '@/modules/content/fields/editorial'
import { label } from '@/modules/content/i18n'

import {
  editorialActionButtons,
  editorialCollection,
  guardedPublishButton,
} from '@/modules/content/collections/editorial'
import { readRating } from './hooks/rating'

/**
 * Reform news. Drafts and versions are on; an editor submits, a reviewer publishes (now or on a
 * schedule) or returns it. Anonymous readers and portals only ever see published versions.
 */
export const Articles: CollectionConfig = {
  slug: slugs.articles,
  labels: { singular: label('articles.singular'), plural: label('articles.plural') },
  defaultSort: '-publishedAt',
  admin: {
    useAsTitle: 'title',
    group: label('group.content'),
    defaultColumns: ['title', 'reviewStatus', 'unit', 'publishedAt', '_status'],
    listSearchableFields: ['title', 'searchText'],
    components: {
      edit: {
        PublishButton: guardedPublishButton,
        beforeDocumentControls: [editorialActionButtons(slugs.articles)],
      },
    },
  },
  ...editorialCollection({
    slug: slugs.articles,
    searchFields: ['title', 'summary', 'body', 'byline'],
    title: 'title',
    summary: 'summary',
  }),
  fields: [
    { name: 'title', type: 'text', required: true, label: label('content.title'), maxLength: 250 },
    {
      name: 'summary',
      type: 'textarea',
      required: true,
      label: label('content.summary'),
      maxLength: 600,
    },
    { name: 'coverImage', type: 'upload', relationTo: slugs.media, label: label('content.cover') },
    { name: 'body', type: 'richText', required: true, label: label('content.body') },
    {
      type: 'row',
      fields: [
        {
          name: 'reformAreas',
          type: 'relationship',
          relationTo: slugs.reformAreas,
          hasMany: true,
          required: true,
          label: label('content.reformAreas'),
        },
        {
          name: 'tags',
          type: 'relationship',
          relationTo: slugs.tags,
          hasMany: true,
          label: label('content.tags'),
        },
      ],
    },
    {
      name: 'byline',
      type: 'text',
      label: label('content.byline'),
      admin: { description: label('content.byline.description') },
    },
    {
      name: 'source',
      type: 'group',
      label: label('content.source'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'name', type: 'text', label: label('content.sourceName') },
            { name: 'url', type: 'text', label: label('content.sourceUrl') },
          ],
        },
      ],
    },
    {
      name: 'relatedArticles',
      type: 'relationship',
      relationTo: slugs.articles,
      hasMany: true,
      label: label('content.related'),
      filterOptions: ({ id }) => (id ? { id: { not_equals: id } } : true),
    },
    slugField('title'),
    {
      name: 'featured',
      type: 'checkbox',
      defaultValue: false,
      label: label('content.featured'),
      admin: { position: 'sidebar' },
    },
    ...editorialFields(),
    {
      name: 'rating',
      type: 'group',
      virtual: true,
      label: label('content.rating'),
      admin: { position: 'sidebar', readOnly: true },
      hooks: { afterRead: [readRating] },
      fields: [
        { name: 'count', type: 'number', label: label('content.ratingCount') },
        { name: 'average', type: 'number', label: label('content.ratingAverage') },
      ],
    },
    searchTextField,
  ],
}
