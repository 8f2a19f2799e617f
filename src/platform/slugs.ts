/** Every collection slug, declared once and reused in `relationTo`, access rules and tests. */
export const slugs = {
  units: 'units',
  unitLineage: 'unit-lineage',
  unitReorganisations: 'unit-reorganisations',
  unitImports: 'unit-imports',
  users: 'users',
  media: 'media',
  reformAreas: 'reform-areas',
  tags: 'tags',
  procedureFields: 'procedure-fields',
  articles: 'articles',
  faqs: 'faqs',
  citizenQuestions: 'citizen-questions',
  comments: 'comments',
  ratings: 'article-ratings',
  submissionLog: 'submission-log',
  consents: 'personal-data-consents',
  personalDataBreaches: 'personal-data-breaches',
  personalDataRequests: 'personal-data-requests',
  outreachChannels: 'outreach-channels',
  campaignPlans: 'campaign-plans',
  targetIndicators: 'target-indicators',
  outlets: 'outlets',
  broadcastItems: 'broadcast-items',
  airings: 'airings',
  broadcastTallies: 'broadcast-tallies',
  unitReports: 'unit-reports',
  documentRegister: 'document-register',
  outbox: 'outbox',
  outboxClaims: 'outbox-claims',
  workerHeartbeats: 'worker-heartbeats',
  complianceSnapshots: 'compliance-snapshots',
  scorecardStamps: 'scorecard-stamps',
  webhooks: 'webhooks',
  notifications: 'notifications',
  auditLog: 'audit-log',
} as const

/** The job queue collection Payload adds itself (scheduled publishing and our scheduled tasks). */
export const jobsSlug = 'payload-jobs' as const

export type CollectionSlug = (typeof slugs)[keyof typeof slugs]

/** Every global slug, declared once like the collection slugs. */
export const globalSlugs = {
  publicCacheState: 'public-cache-state',
  privacyNotice: 'privacy-notice',
  publicHolidays: 'public-holidays',
} as const
