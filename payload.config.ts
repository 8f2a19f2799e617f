import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, defaultLoggerOptions } from 'payload'
import sharp from 'sharp'

import { appModules } from '@/modules'
import { databaseAdapter } from '@/platform/config/database'
import { guardPayloadCollections } from '@/platform/access/payloadCollections'
import { idleLocks } from '@/platform/access/documentLocks'
import { adminLabelsPlugin } from '@/platform/i18n/adminLabels'
import { honestWritesPlugin } from '@/platform/access/honestWrites'
import { queryLimitsPlugin } from '@/platform/access/queryLimits'
import { graphqlLimits } from '@/platform/input/graphqlLimits'
import { answerErrors } from '@/platform/errors/answers'
import { requestLogFields } from '@/platform/errors/requestScope'
import { inputSafetyPlugin } from '@/platform/input/plugin'
import { payloadViOverrides } from '@/platform/i18n/payloadTexts'
import { resolveDatabase, resolveSecret } from '@/platform/config/env'
import { resolveBranding } from '@/platform/config/branding'
import { mergeCatalogs } from '@/platform/i18n/catalog'
import { collectExtensions, extensionsConfig } from '@/platform/module'
import { isAdminUser } from '@/platform/roles'
import { jobsCollectionOverrides } from '@/platform/jobs/jobsCollection'
import { slugs } from '@/platform/slugs'
import { MAX_UPLOAD_BYTES } from '@/modules/content'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** The deployment's name and logo (SITE_NAME, SITE_LOGO) on the login page, the admin and titles. */
const branding = resolveBranding(process.env)

/** Every module's texts, each key declared once (a key in two modules stops the start). */
const messages = mergeCatalogs(...appModules.map((module) => module.messages))

/**
 * The assembly: each module contributes its collections, globals, endpoints, tasks, texts, plugins
 * and extensions; this file only puts them together with the platform-wide settings. Payload's own
 * collections (locks, migrations) get the platform's rules once Payload has added them.
 */
export default buildConfig({
  admin: {
    user: slugs.users,
    // Gravatar would be fetched from outside; many offices have no internet access from the admin.
    avatar: 'default',
    importMap: { baseDir: dirname },
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: {
      title: branding.name,
      titleSuffix: `– ${branding.name}`,
      description: branding.name,
      icons: [{ rel: 'icon', url: branding.logo }],
      openGraph: { siteName: branding.name, title: branding.name, description: branding.name },
      defaultOGImageType: 'off',
    },
    components: {
      graphics: {
        Logo: '/src/platform/admin/Brand#BrandLogo',
        Icon: '/src/platform/admin/Brand#BrandIcon',
      },
      views: Object.assign({}, ...appModules.map((module) => module.adminViews ?? {})),
      afterNavLinks: appModules.flatMap((module) => module.afterNavLinks ?? []),
      beforeLogin: appModules.flatMap((module) => module.beforeLogin ?? []),
      beforeDashboard: appModules.flatMap((module) => module.beforeDashboard ?? []),
      actions: appModules.flatMap((module) => module.headerActions ?? []),
    },
  },
  collections: appModules.flatMap((module) => module.collections),
  globals: appModules.flatMap((module) => module.globals),
  endpoints: appModules.flatMap((module) => module.endpoints),
  custom: extensionsConfig(collectExtensions(appModules)),
  db: databaseAdapter(resolveDatabase(process.env)),
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: {
      vi: { ...payloadViOverrides, custom: messages.vi },
      en: { custom: messages.en },
    },
  },
  // Every error answered in the user's language with its own status; faults carry a request id.
  hooks: { afterError: [answerErrors] },
  // Each log line written while a request is handled names it (the id a fault's answer also gives).
  logger: { options: { mixin: requestLogFields }, destination: defaultLoggerOptions },
  // Refusals (4xx) are expected traffic: one info line, no stack. Faults keep Payload's default,
  // error with the stack. GraphQL errors are logged by answerErrors, which knows their status.
  loggingLevels: {
    APIError: 'info',
    AuthenticationError: 'info',
    FileUploadError: 'info',
    Forbidden: 'info',
    Locked: 'info',
    LockedAuth: 'info',
    MissingFile: 'info',
    NotFound: 'info',
    QueryError: 'info',
    UnauthorizedError: 'info',
    UnverifiedEmail: 'info',
    ValidationError: 'info',
    GraphQLError: false,
  } as Record<string, 'info' | false>,
  jobs: {
    // The platform's scheduler (node-cron) queues these on the modules' schedules and runs due jobs
    // every minute, in worker processes (PROCESS_ROLE=worker or all).
    access: { run: ({ req }) => isAdminUser(req.user) },
    tasks: appModules.flatMap((module) => module.tasks),
    // Admins see the queue (Tác vụ nền, under Organisation) to follow runs and retry failed ones.
    jobsCollectionOverrides,
  },
  // Input safety comes last, so it covers every module's collections and runs before their hooks;
  // honest writes then refuse what access would silently skip.
  plugins: [
    ...appModules.flatMap((module) => module.plugins ?? []),
    idleLocks,
    inputSafetyPlugin,
    honestWritesPlugin,
    queryLimitsPlugin,
    adminLabelsPlugin,
  ],
  // Aliases, top-level fields and nesting are limited before a query runs (Payload's complexity
  // limit stays on too).
  graphQL: { validationRules: graphqlLimits },
  secret: resolveSecret(process.env),
  sharp,
  telemetry: false,
  // Types are generated by `npm run generate:types` and checked by `npm run generated:check`; not on
  // every start outside production, which spawned a generator per test process and let a test's
  // environment (S3 on, say) rewrite the committed file.
  typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts'), autoGenerate: false },
  upload: {
    limits: { fileSize: MAX_UPLOAD_BYTES },
    abortOnLimit: true,
    responseOnLimit: `Tệp vượt quá giới hạn ${MAX_UPLOAD_BYTES / 1024 / 1024} MB. / The file is over the ${MAX_UPLOAD_BYTES / 1024 / 1024} MB limit.`,
  },
}).then(guardPayloadCollections)
