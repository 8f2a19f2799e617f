import { jobsSlug, slugs } from '@/platform/slugs'

/**
 * The access policy, written once as data: who may read, create, update and delete each
 * collection, which custom endpoints refuse whom, and which fields a principal never reads.
 * tests/production/accessMatrix.test.ts plays it against the production server over REST and
 * GraphQL; a collection or endpoint missing here fails that suite.
 *
 * A grant is four letters, for read, create, update and delete in that order:
 * `a` all documents, `s` some (their unit's subtree, published ones, their own), `n` none.
 */
export const principals = [
  'anonymous',
  'portal',
  'viewer',
  'reporter',
  'editor',
  'reviewer',
  'admin',
] as const
export type Principal = (typeof principals)[number]
export type Grant = 'a' | 's' | 'n'
export type Grants = `${Grant}${Grant}${Grant}${Grant}`
export const operations = ['read', 'create', 'update', 'delete'] as const
export type Operation = (typeof operations)[number]

type Row = Record<Principal, Grants>

/** The same grant for everyone but admins, and the admins' own. */
const staffOnly = (others: Grants, admin: Grants): Row => ({
  anonymous: others,
  portal: others,
  viewer: others,
  reporter: others,
  editor: others,
  reviewer: others,
  admin,
})

const systemOnly: Row = staffOnly('nnnn', 'nnnn')

export const collectionPolicy: Record<string, Row> = {
  [slugs.units]: {
    anonymous: 'nnnn',
    portal: 'annn',
    viewer: 'snnn',
    reporter: 'snnn',
    editor: 'snsn',
    reviewer: 'snnn',
    admin: 'aaaa',
  },
  [slugs.unitLineage]: { ...staffOnly('annn', 'aaaa'), anonymous: 'nnnn', portal: 'nnnn' },
  [slugs.unitReorganisations]: staffOnly('nnnn', 'annn'),
  [slugs.unitImports]: staffOnly('nnnn', 'annn'),
  // Append-only: entries are written by the system alone, read by admins and viewers (subtree).
  [slugs.auditLog]: { ...staffOnly('nnnn', 'annn'), viewer: 'snnn' },
  [slugs.users]: { ...staffOnly('snsn', 'aaaa'), anonymous: 'nnnn' },
  [slugs.media]: {
    anonymous: 'snnn',
    portal: 'snnn',
    viewer: 'annn',
    reporter: 'aass',
    editor: 'aaaa',
    reviewer: 'aass',
    admin: 'aaaa',
  },
  [slugs.reformAreas]: { ...staffOnly('annn', 'aaaa'), editor: 'aaan', reviewer: 'aaan' },
  [slugs.tags]: { ...staffOnly('annn', 'aaaa'), editor: 'aaan', reviewer: 'aaan' },
  [slugs.procedureFields]: { ...staffOnly('annn', 'aaaa'), editor: 'aaan', reviewer: 'aaan' },
  [slugs.articles]: { ...staffOnly('snnn', 'aaaa'), editor: 'sass', reviewer: 'sass' },
  [slugs.faqs]: { ...staffOnly('snnn', 'aaaa'), editor: 'sass', reviewer: 'sass' },
  [slugs.citizenQuestions]: { ...staffOnly('nann', 'aaaa'), editor: 'aaan', reviewer: 'aaan' },
  [slugs.comments]: { ...staffOnly('sann', 'aaaa'), editor: 'aaaa', reviewer: 'aaaa' },
  [slugs.ratings]: { ...staffOnly('nann', 'aana'), editor: 'aann', reviewer: 'aann' },
  [slugs.submissionLog]: systemOnly,
  // Proof of consent: written by the system with each public submission, read by admins only.
  [slugs.consents]: staffOnly('nnnn', 'annn'),
  // The breach register (Law 91/2025/QH15): admins alone read and keep it.
  [slugs.personalDataBreaches]: staffOnly('nnnn', 'aaaa'),
  // Anyone files a request (as anyone asks a question); the staff who answer citizens handle it;
  // nobody deletes one (it is the proof the request was handled).
  [slugs.personalDataRequests]: { ...staffOnly('nann', 'aaan'), editor: 'aaan', reviewer: 'aaan' },
  [slugs.outreachChannels]: { ...staffOnly('annn', 'aaaa'), editor: 'aaan' },
  [slugs.campaignPlans]: {
    ...staffOnly('annn', 'aaaa'),
    anonymous: 'snnn',
    portal: 'snnn',
    editor: 'aaan',
  },
  [slugs.targetIndicators]: {
    ...staffOnly('annn', 'aaaa'),
    anonymous: 'snnn',
    portal: 'snnn',
    editor: 'aaaa',
  },
  [slugs.outlets]: {
    ...staffOnly('annn', 'aaaa'),
    anonymous: 'nnnn',
    portal: 'nnnn',
    editor: 'aass',
  },
  [slugs.broadcastItems]: {
    anonymous: 'nnnn',
    portal: 'nnnn',
    viewer: 'snnn',
    reporter: 'sasn',
    editor: 'sass',
    reviewer: 'snnn',
    admin: 'aaaa',
  },
  [slugs.airings]: {
    anonymous: 'nnnn',
    portal: 'nnnn',
    viewer: 'snnn',
    // Delete: what they said themselves today ("Hoàn tác").
    reporter: 'sass',
    editor: 'sass',
    reviewer: 'snnn',
    admin: 'aaaa',
  },
  [slugs.broadcastTallies]: staffOnly('nnnn', 'annn'),
  // Numbers are issued by the app alone (on submission) and never removed.
  [slugs.documentRegister]: {
    ...staffOnly('snnn', 'annn'),
    anonymous: 'nnnn',
    portal: 'nnnn',
  },
  [slugs.unitReports]: {
    anonymous: 'nnnn',
    portal: 'nnnn',
    viewer: 'snnn',
    reporter: 'sasn',
    editor: 'sasn',
    reviewer: 'snsn',
    admin: 'aaaa',
  },
  [slugs.outbox]: staffOnly('nnnn', 'anna'),
  [slugs.outboxClaims]: systemOnly,
  [slugs.workerHeartbeats]: staffOnly('nnnn', 'anna'),
  [slugs.complianceSnapshots]: {
    ...staffOnly('annn', 'annn'),
    anonymous: 'nnnn',
    portal: 'nnnn',
  },
  [slugs.scorecardStamps]: systemOnly,
  [slugs.webhooks]: staffOnly('nnnn', 'aaaa'),
  // Each person reads and marks read their own (admins too); the system alone writes them.
  [slugs.notifications]: { ...staffOnly('snsn', 'snsn'), anonymous: 'nnnn' },
  // Payload's own collections.
  // Payload's job queue: admins follow it (and requeue failed jobs through its retry endpoint).
  [jobsSlug]: staffOnly('nnnn', 'annn'),
  'payload-kv': systemOnly,
  // Payload does not serve its migrations log over the API (501 for everyone, admins too).
  'payload-migrations': systemOnly,
  'payload-locked-documents': {
    ...staffOnly('saas', 'aaaa'),
    anonymous: 'nnnn',
    portal: 'nnnn',
  },
  'payload-preferences': { ...staffOnly('sass', 'sass'), anonymous: 'nnnn' },
}

/**
 * Custom endpoints (`METHOD /api/<collection or root><path>`) and who they refuse before looking at
 * the request (401/403); everyone else gets past the door (and may still be refused for the
 * document or the input).
 */
const everyoneBut = (...allowed: Principal[]) => principals.filter((p) => !allowed.includes(p))
const signedIn = ['anonymous'] as Principal[]

export const endpointPolicy: Record<string, Principal[]> = {
  'GET /api/antispam/challenge': [],
  'GET /api/health': [],
  'GET /api/articles/search': [],
  'GET /api/faqs/search': [],
  'POST /api/citizen-questions/:id/publish-faq': signedIn,
  // The signed token in a citizen's mail is the authority, not an account.
  'POST /api/personal-data-consents/withdraw': [],
  'GET /api/personal-data-breaches/:id/notification': everyoneBut('admin'),
  'GET /api/personal-data-requests/export': everyoneBut('admin', 'editor', 'reviewer'),
  'GET /api/personal-data-requests/:id/export': everyoneBut('admin', 'editor', 'reviewer'),
  'POST /api/personal-data-requests/:id/erase': everyoneBut('admin', 'editor', 'reviewer'),
  'POST /api/personal-data-requests/:id/withdraw': everyoneBut('admin', 'editor', 'reviewer'),
  'POST /api/units/import': everyoneBut('admin'),
  'GET /api/units/import/template': everyoneBut('admin'),
  'POST /api/units/reorganize': everyoneBut('admin'),
  'GET /api/units/:id/calendar-token': signedIn,
  'POST /api/units/:id/calendar-token': signedIn,
  'DELETE /api/units/:id/calendar-token': signedIn,
  'POST /api/outbox/:id/retry': everyoneBut('admin'),
  'POST /api/outbox/:id/cancel': everyoneBut('admin'),
  'GET /api/outbox/:id/preview': everyoneBut('admin'),
  'POST /api/payload-jobs/:id/retry': everyoneBut('admin'),
  'GET /api/broadcast-items/:id/occurrences': signedIn,
  'POST /api/broadcast-items/:id/confirm': signedIn,
  'GET /api/broadcast-items/due': signedIn,
  'POST /api/broadcast-items/confirm-week': signedIn,
  // A published plan's scorecard is public, as the plan is.
  'GET /api/campaign-plans/:id/compliance': [],
  'GET /api/campaign-plans/:id/compliance/export': [],
  'GET /api/unit-reports/export': signedIn,
  'GET /api/audit-log/export': everyoneBut('admin', 'viewer'),
  // One's own to-do list: every staff member has one; portal keys are no one's.
  'GET /api/me/tasks': ['anonymous', 'portal'],
  // Enrolment answers a session or a right password (checked inside, like a sign-in).
  'POST /api/users/mfa/enrol': [],
  'POST /api/users/mfa/confirm': [],
  'POST /api/users/:id/mfa/reset': everyoneBut('admin'),
  'GET /api/unit-reports/:id/document': signedIn,
  'GET /api/campaign-plans/:id/document': signedIn,
  // Workflow steps: the rule inside decides who may take which step on which document.
  'POST /api/articles/:id/actions/:action': signedIn,
  'POST /api/faqs/:id/actions/:action': signedIn,
  'POST /api/unit-reports/:id/actions/:action': signedIn,
}

const commenterDetails = ['email', 'consentProcessing', 'consentPublish', 'personalDataChecked']

/** Fields a principal never reads, whatever document they may see. */
export const unreadableFields: Record<string, Partial<Record<Principal, string[]>>> = {
  [slugs.articles]: {
    anonymous: ['reviewStatus', 'reviewComment', 'author', 'lastModifiedBy', 'searchText'],
    portal: ['reviewStatus', 'reviewComment', 'author', 'lastModifiedBy', 'searchText'],
  },
  [slugs.faqs]: {
    anonymous: ['reviewStatus', 'reviewComment', 'author', 'lastModifiedBy', 'searchText'],
    portal: ['reviewStatus', 'reviewComment', 'author', 'lastModifiedBy', 'searchText'],
  },
  [slugs.users]: Object.fromEntries(
    principals.map((p) => [
      p,
      [
        'hash',
        'salt',
        'password',
        'mfaSecret',
        'mfaPendingSecret',
        'mfaBackupCodes',
        'mfaLastStep',
      ],
    ]),
  ),
  [slugs.ratings]: Object.fromEntries(principals.map((p) => [p, ['visitorKey']])),
  [slugs.media]: { anonymous: ['uploadedBy'], portal: ['uploadedBy'] },
  // Need to know: commenters' contact details and choices reach only the staff who moderate.
  [slugs.comments]: Object.fromEntries(
    (['anonymous', 'portal', 'viewer', 'reporter'] as const).map((p) => [p, commenterDetails]),
  ),
  [slugs.personalDataRequests]: Object.fromEntries(
    (['anonymous', 'portal', 'viewer', 'reporter'] as const).map((p) => [
      p,
      ['name', 'email', 'phone'],
    ]),
  ),
}
