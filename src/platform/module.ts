import type {
  CollectionConfig,
  Endpoint,
  GlobalConfig,
  Payload,
  PayloadRequest,
  Plugin,
  TaskConfig,
} from 'payload'
import type { Catalog, Language } from './i18n/catalog'

/** A setting that could not be used: named, explained in both languages. */
export type ConfigProblem = { variable: string; vi: string; en: string }

/** Reads the environment and says what is wrong with it (never throws; the app serves on). */
export type ConfigCheck = (env: Record<string, string | undefined>) => ConfigProblem[]

/** A task the scheduler queues on a cron expression (overridable by `CRON_<TASK>`). */
export type ScheduleDefinition = { task: string; cron: string }

/**
 * Work around each minute's run of due jobs: `before` sees what is due, `after` acts on what ran
 * (scheduled publishing notifies whoever scheduled it). `finally` tasks run last in every tick.
 */
export type TickHook = {
  before?: (payload: Payload, now: Date) => Promise<unknown>
  after?: (payload: Payload, now: Date, seenBefore: unknown) => Promise<void>
}

/** A mail as the transport takes it. */
export type RenderedMail = {
  subject: string
  text: string
  html: string
  attachments?: { filename: string; content: Buffer; contentType: string; cid: string }[]
}

export type MailContext = { language: Language; adminUrl: string; attachments: boolean }

/** A mail a module sends: its name (stored in the outbox), its label for admins, and how it renders. */
export type MailTemplate<Data = never> = {
  name: string
  label: Record<Language, string>
  render: (data: Data, context: MailContext) => Promise<RenderedMail> | RenderedMail
}

/** Runs once after bulk work made quietly (seed, imports): rebuilds what the skipped hooks keep. */
export type BulkRebuilder = (payload: Payload) => Promise<void>

/** One line about a service a worker depends on (the SMTP server), printed when the worker starts. */
export type StatusReport = (payload: Payload) => Promise<string>

/** Something a unit owns that carries on after the unit closes, for a reorganisation to hand on. */
export type SuccessionThing = {
  /** The kind of thing; a split's rule names it (`assign.<group>`). */
  group: string
  /** Which one, as a split's rule names it (an id, a code, an e-mail). */
  ref: string
  sourceId: number | string
  /** How people recognise it, in the request's language. */
  label: string
}

/**
 * How a module's records follow units that close into successors (a reorganisation): `list` says
 * what the closing units own that carries on from `effectiveDay` (a calendar day, YYYY-MM-DD);
 * `apply` hands each thing to its target unit inside the request's transaction. History before the
 * day stays where it was made.
 */
export type SuccessionStep = {
  group: string
  label: Record<Language, string>
  list: (
    req: PayloadRequest,
    sourceIds: readonly (number | string)[],
    effectiveDay: string,
  ) => Promise<SuccessionThing[]>
  apply: (
    req: PayloadRequest,
    moves: readonly { thing: SuccessionThing; targetId: number | string }[],
    effectiveDay: string,
  ) => Promise<void>
}

/**
 * One line of a person's "Việc cần làm" (the dashboard and `GET /api/me/tasks`): how many things
 * wait, what they are (in the request's language), where to go, and the nearest deadline if any.
 */
export type TaskLine = {
  key: string
  count: number
  text: string
  href: string
  /** The nearest deadline (ISO instant) among the things counted. */
  deadline?: string | null
  /** Said in words in the request's language: "hạn gần nhất 15/12/2026 23:59". */
  deadlineText?: string | null
  /** Something is late: the dashboard marks it. */
  overdue?: boolean
}

/**
 * A module's part of a person's to-do list: the lines for `req.user`'s roles (none when a role it
 * serves is not held), counted as the user sees the data (`asUser(req)`).
 */
export type TaskCounter = (req: PayloadRequest) => Promise<TaskLine[]>

/** What modules add to the running platform beyond Payload's own config; kept in `config.custom`. */
export type AppExtensions = {
  schedules: ScheduleDefinition[]
  tickHooks: TickHook[]
  tickTasks: string[]
  // Each template is typed by its module; the registry holds them by name.
  mailTemplates: MailTemplate<any>[] // eslint-disable-line @typescript-eslint/no-explicit-any
  configChecks: ConfigCheck[]
  bulkRebuilders: BulkRebuilder[]
  statusReports: StatusReport[]
  successionSteps: SuccessionStep[]
  taskCounters: TaskCounter[]
}

/**
 * One bounded context. `payload.config.ts` spreads these; a module uses another only through what
 * that module's `index.ts` exports.
 */
export type AppModule = {
  collections: CollectionConfig[]
  globals: GlobalConfig[]
  endpoints: Endpoint[]
  tasks: TaskConfig[]
  messages: Catalog
  plugins?: Plugin[]
  adminViews?: Record<string, { Component: string; path: `/${string}` }>
  afterNavLinks?: string[]
  /** Components in the admin's header, next to the account (Payload's `admin.components.actions`). */
  headerActions?: string[]
  /** Components shown on the sign-in page, above Payload's form. */
  beforeLogin?: string[]
  /** Components shown on the dashboard, above Payload's cards. */
  beforeDashboard?: string[]
  extensions?: Partial<AppExtensions>
}

const empty = (): AppExtensions => ({
  schedules: [],
  tickHooks: [],
  tickTasks: [],
  mailTemplates: [],
  configChecks: [],
  bulkRebuilders: [],
  statusReports: [],
  successionSteps: [],
  taskCounters: [],
})

/** Every module's extensions, in module order. */
export const collectExtensions = (modules: readonly AppModule[]): AppExtensions => {
  const all = empty()
  for (const module of modules) {
    for (const key of Object.keys(all) as (keyof AppExtensions)[]) {
      ;(all[key] as unknown[]).push(...((module.extensions?.[key] as unknown[] | undefined) ?? []))
    }
  }
  return all
}

const KEY = 'cchc'

/** The extensions as `payload.config.custom` carries them. */
export const extensionsConfig = (extensions: AppExtensions): Record<string, unknown> => ({
  [KEY]: extensions,
})

/** The running platform's extensions (an empty set when the config was built without them). */
export const appExtensions = (holder: {
  config: { custom?: Record<string, unknown> }
}): AppExtensions =>
  // `custom` is Payload's untyped extension point; only `extensionsConfig` writes this key.
  (holder.config.custom?.[KEY] as AppExtensions | undefined) ?? empty()
