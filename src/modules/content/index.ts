import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import type { CollectionConfig, Endpoint, GlobalConfig, Plugin, TaskConfig } from 'payload'

import { firedAt, scheduledTaskOptions } from '@/platform/jobs/task'

import type { AppExtensions } from '@/platform/module'
import { slugs } from '@/platform/slugs'

import { ArticleRatings } from './collections/ArticleRatings'
import { Articles } from './collections/Articles'
import { CitizenQuestions } from './collections/CitizenQuestions'
import { Comments } from './collections/Comments'
import { Consents } from './collections/Consents'
import { PersonalDataBreaches } from './collections/PersonalDataBreaches'
import { PersonalDataRequests } from './collections/PersonalDataRequests'
import { Faqs } from './collections/Faqs'
import { PrivacyNotice } from './globals/PrivacyNotice'
import { PublicHolidays } from './globals/PublicHolidays'
import { Media, mediaFolder } from './collections/Media'
import { SubmissionLog } from './collections/SubmissionLog'
import { ProcedureFields, ReformAreas, Tags } from './collections/taxonomies'
import { antispamChallengeEndpoint } from './endpoints/antispamChallenge'
import { scheduledPublishNotices } from './jobs/scheduledPublish'
import { label } from './i18n'
import { mailTemplates } from './mail'
import { remindRequestHandlers } from './requestReminders'
import { applyRetention } from './retention'
import { breachMailTemplates, chaseBreaches } from './breaches'
import { checkStorageSettings, mediaStoragePlugin } from './storage'
import { contentToDo } from './tasks'

/**
 * Content: reform news and procedure Q&A with their editorial workflow, the media library, the
 * taxonomies they are filed under, tone-insensitive search, and what citizens send (questions,
 * comments, ratings, behind an offline anti-spam proof).
 */
export const collections: CollectionConfig[] = [
  Articles,
  Faqs,
  ReformAreas,
  Tags,
  ProcedureFields,
  CitizenQuestions,
  Comments,
  Consents,
  PersonalDataBreaches,
  PersonalDataRequests,
  ArticleRatings,
  Media,
  SubmissionLog,
]
export const globals: GlobalConfig[] = [PrivacyNotice, PublicHolidays]
export const endpoints: Endpoint[] = [antispamChallengeEndpoint]
/** Applies the retention periods of citizens' personal data (see retention.ts); nightly. */
const personalDataRetention: TaskConfig<'personalDataRetention'> = {
  slug: 'personalDataRetention',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await applyRetention(req, firedAt(input)) },
  }),
}
/** Mails admins about breaches whose 72-hour notification deadline is near or passed. */
const breachDeadlines: TaskConfig<'breachDeadlines'> = {
  slug: 'breachDeadlines',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await chaseBreaches(req.payload, firedAt(input)) },
  }),
}
/** Reminds the handlers of personal-data requests before their deadlines pass; hourly. */
const personalDataRequestReminders: TaskConfig<'personalDataRequestReminders'> = {
  slug: 'personalDataRequestReminders',
  ...scheduledTaskOptions,
  handler: async ({ input, req }) => ({
    output: { result: await remindRequestHandlers(req, firedAt(input)) },
  }),
}
export const tasks: TaskConfig[] = [
  personalDataRetention,
  breachDeadlines,
  personalDataRequestReminders,
]
export { messages } from './messages'

/** The rich-text editor of every body and answer: Lexical, with captioned images, as news photos have. */
const richTextEditor: Plugin = (config) => ({
  ...config,
  editor: lexicalEditor({
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
      UploadFeature({
        collections: {
          [slugs.media]: {
            fields: [{ name: 'caption', type: 'text', label: label('content.caption') }],
          },
        },
      }),
    ],
  }),
})

export const plugins: Plugin[] = [
  mediaFolder,
  richTextEditor,
  // Uploads on S3-compatible storage when S3_BUCKET is set, the local folder otherwise.
  mediaStoragePlugin(),
  seoPlugin({
    collections: [slugs.articles],
    uploadsCollection: slugs.media,
    tabbedUI: false,
    generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} – CCHC`,
    generateDescription: ({ doc }) => (doc as { summary?: string }).summary ?? '',
    // The plugin names its image field in English only ("Meta Image") with an English hint.
    fields: ({ defaultFields }) =>
      defaultFields.map((field) =>
        'name' in field && field.name === 'image'
          ? ({
              ...field,
              label: label('seo.image'),
              admin: { ...field.admin, description: label('seo.image.description') },
            } as typeof field)
          : field,
      ),
  }),
]

export const extensions: Partial<AppExtensions> = {
  mailTemplates: [...mailTemplates, ...breachMailTemplates],
  tickHooks: [scheduledPublishNotices],
  schedules: [
    { task: 'personalDataRetention', cron: '20 3 * * *' },
    // Every quarter of an hour: the 24-hours-left and overdue mails go out within 15 minutes.
    { task: 'breachDeadlines', cron: '*/15 * * * *' },
    { task: 'personalDataRequestReminders', cron: '5 * * * *' },
  ],
  configChecks: [checkStorageSettings],
  taskCounters: [contentToDo],
}

export { MAX_UPLOAD_BYTES } from './domain/uploadPolicy'
export { rankByRelevance, searchTokens } from './domain/search'
export { INCLUDE_SEARCH_TEXT } from './hooks/searchText'
export { seedContent } from './seed'
export { currentPrivacyNotice } from './globals/PrivacyNotice'
export { consentOfToken } from './collections/Consents/withdrawConsent'
export { REQUEST_DETAILS_MAX_LENGTH, requestKinds } from './domain/personalDataRequests'
export type { PrivacyNoticeText } from './domain/privacyNotice'
