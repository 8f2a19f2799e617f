import type { CollectionConfig } from 'payload'

import {
  createContent,
  readOwnUnitsVersions,
  readPublishedOrOwnUnits,
  writeOwnUnitsContent,
} from '@/modules/content/access'
import { slugs } from '@/platform/slugs'
import { searchEndpoint } from '@/modules/content/endpoints/search'
import { editorialActionEndpoint } from '@/modules/content/endpoints/workflowActions'
import { enforceEditorialWorkflow } from '@/modules/content/hooks/editorialWorkflow'
import {
  guardLiveDelete,
  rememberDraftSave,
  rememberLiveState,
} from '@/modules/content/hooks/liveState'
import { foldSearchQuery, keepSearchText, omitSearchText } from '@/modules/content/hooks/searchText'
import { notifyReviewWorkflow } from '@/modules/content/hooks/notifications'
import { queueWebhookOnChange, queueWebhookOnDelete } from '@/modules/content/hooks/webhooks'

/**
 * What articles and FAQs share: drafts and versions (with scheduled publishing), the editorial
 * workflow on every save, tone-insensitive search over `searchFields`, portal webhooks, and who may
 * read and write them. Anonymous readers and portals only ever see published versions.
 */
export const editorialCollection = (options: {
  slug: typeof slugs.articles | typeof slugs.faqs
  searchFields: string[]
  title: 'title' | 'question'
  summary?: 'summary'
}): Pick<CollectionConfig, 'versions' | 'access' | 'hooks' | 'endpoints'> => ({
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
    // rememberLiveState first: the workflow and the webhooks both ask what the save did to the public site.
    beforeChange: [
      rememberLiveState,
      enforceEditorialWorkflow,
      keepSearchText(...options.searchFields),
    ],
    beforeDelete: [guardLiveDelete],
    afterChange: [queueWebhookOnChange, notifyReviewWorkflow],
    afterDelete: [queueWebhookOnDelete],
  },
  endpoints: [
    searchEndpoint(options.slug, options.title, options.summary),
    editorialActionEndpoint(options.slug),
  ],
})

/** The workflow's buttons (submit, return, publish, unpublish) on an article or FAQ. */
export const editorialActionButtons = (collection: typeof slugs.articles | typeof slugs.faqs) => ({
  path: '/src/modules/content/components/EditorialActions#EditorialActions',
  serverProps: { collection },
})

/** The Publish button only for those allowed to publish (see GuardedPublishButton). */
export const guardedPublishButton =
  '/src/modules/content/components/GuardedPublishButton#GuardedPublishButton'
