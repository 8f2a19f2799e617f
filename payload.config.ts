import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { seoPlugin } from '@payloadcms/plugin-seo'
import { lexicalEditor, UploadFeature } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { ArticleRatings } from '@/modules/content/collections/ArticleRatings'
import { Airings } from '@/modules/campaigns/collections/Airings'
import { Articles } from '@/modules/content/collections/Articles'
import { BroadcastItems } from '@/modules/campaigns/collections/BroadcastItems'
import { BroadcastTallies } from '@/modules/campaigns/collections/BroadcastTallies'
import { CampaignPlans } from '@/modules/campaigns/collections/CampaignPlans'
import { CitizenQuestions } from '@/modules/content/collections/CitizenQuestions'
import { Comments } from '@/modules/content/collections/Comments'
import { Faqs } from '@/modules/content/collections/Faqs'
import { Media } from '@/modules/content/collections/Media'
import { ComplianceSnapshots } from '@/modules/campaigns/collections/ComplianceSnapshots'
import { Outbox } from '@/modules/messaging/collections/Outbox'
import { OutboxClaims } from '@/modules/messaging/collections/OutboxClaims'
import { Outlets } from '@/modules/campaigns/collections/Outlets'
import { SubmissionLog } from '@/modules/content/collections/SubmissionLog'
import { TargetIndicators } from '@/modules/campaigns/collections/TargetIndicators'
import { taxonomyCollection } from '@/platform/collections/taxonomy'
import { UnitReports } from '@/modules/campaigns/collections/UnitReports'
import { Units } from '@/modules/organisation/collections/Units'
import { Users } from '@/modules/organisation/collections/Users'
import { Webhooks } from '@/modules/messaging/collections/Webhooks'
import { WorkerHeartbeats } from '@/platform/jobs/WorkerHeartbeats'
import { databaseAdapter } from '@/platform/config/database'
import { resolveDatabase, resolveSecret } from '@/platform/config/env'
import { slugs } from '@/platform/slugs'
import { MAX_UPLOAD_BYTES } from '@/modules/content/domain/uploadPolicy'
import { antispamChallengeEndpoint } from '@/modules/content/endpoints/antispamChallenge'
import { healthEndpoint } from '@/modules/messaging/endpoints/health'
import { PublicCacheState } from '@/modules/delivery/globals/PublicCacheState'
import { label, messages } from '@/platform/i18n/messages'
import { jobTasks } from '@/modules/campaigns/jobs'
import { mailAdapter } from '@/modules/messaging/mailer'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: slugs.users,
    // Gravatar would be fetched from outside; many offices have no internet access from the admin.
    avatar: 'default',
    importMap: { baseDir: dirname },
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – CCHC' },
    components: {
      views: {
        scorecard: { Component: '/src/modules/campaigns/views/Scorecard#ScorecardView', path: '/scorecard' },
        broadcastCalendar: { Component: '/src/modules/campaigns/views/BroadcastCalendar#BroadcastCalendarView', path: '/broadcast-calendar' },
      },
      afterNavLinks: ['/src/modules/campaigns/components/CampaignNavLinks#CampaignNavLinks'],
    },
  },
  collections: [
    Articles,
    Faqs,
    taxonomyCollection(slugs.reformAreas, { singular: 'reformAreas.singular', plural: 'reformAreas.plural' }),
    taxonomyCollection(slugs.tags, { singular: 'tags.singular', plural: 'tags.plural' }),
    taxonomyCollection(slugs.procedureFields, { singular: 'procedureFields.singular', plural: 'procedureFields.plural' }),
    CampaignPlans,
    TargetIndicators,
    BroadcastItems,
    Airings,
    BroadcastTallies,
    UnitReports,
    Outlets,
    taxonomyCollection(slugs.outreachChannels, { singular: 'channels.singular', plural: 'channels.plural' }, 'group.campaigns'),
    CitizenQuestions,
    Comments,
    ArticleRatings,
    Media,
    Units,
    Users,
    SubmissionLog,
    ComplianceSnapshots,
    Outbox,
    OutboxClaims,
    Webhooks,
    WorkerHeartbeats,
  ],
  globals: [PublicCacheState],
  db: databaseAdapter(resolveDatabase(process.env)),
  editor: lexicalEditor({
    // Images in the body carry a caption, as news photos do.
    features: ({ defaultFeatures }) => [
      ...defaultFeatures.filter((feature) => feature.key !== 'upload'),
      UploadFeature({ collections: { [slugs.media]: { fields: [{ name: 'caption', type: 'text', label: label('content.caption') }] } } }),
    ],
  }),
  // SMTP from the environment (src/platform/config/env.ts resolveMail); without it Payload logs mail, and the
  // outbox holds every notification until a server is configured.
  email: mailAdapter(),
  endpoints: [healthEndpoint, antispamChallengeEndpoint],
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: { vi: { custom: messages.vi }, en: { custom: messages.en } },
  },
  // Refusals of bad input are expected traffic, not server faults.
  loggingLevels: { APIError: 'info', ValidationError: 'info', Forbidden: 'info', LockedAuth: 'info', AuthenticationError: 'info' },
  jobs: {
    // node-cron (src/platform/jobs/scheduler.ts) queues these on their schedules and runs due jobs every minute,
    // in worker processes (PROCESS_ROLE=worker or all).
    access: { run: ({ req }) => Boolean(req.user?.roles?.includes('admin')) },
    tasks: jobTasks,
    // Admins see the queue (Jobs, under Organisation) to follow or inspect runs.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !user?.roles?.includes('admin'), group: label('group.organisation') },
    }),
  },
  plugins: [
    seoPlugin({
      collections: [slugs.articles],
      uploadsCollection: slugs.media,
      tabbedUI: false,
      generateTitle: ({ doc }) => `${(doc as { title?: string }).title ?? ''} – CCHC`,
      generateDescription: ({ doc }) => (doc as { summary?: string }).summary ?? '',
    }),
    nestedDocsPlugin({
      collections: [slugs.units],
      generateLabel: (_docs, doc) => String(doc.name),
      generateURL: (docs) => docs.map((doc) => String(doc.code)).join('/'),
    }),
  ],
  secret: resolveSecret(process.env),
  sharp,
  telemetry: false,
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `Tệp vượt quá giới hạn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. / The file is over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`,
  },
})
