import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { appModules } from '@/modules'
import { databaseAdapter } from '@/platform/config/database'
import { resolveDatabase, resolveSecret } from '@/platform/config/env'
import { mergeCatalogs } from '@/platform/i18n/catalog'
import { label } from '@/platform/i18n'
import { collectExtensions, extensionsConfig } from '@/platform/module'
import { isAdminUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { MAX_UPLOAD_BYTES } from '@/modules/content'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Every module's texts, each key declared once (a key in two modules stops the start). */
const messages = mergeCatalogs(...appModules.map((module) => module.messages))

/**
 * The assembly: each module contributes its collections, globals, endpoints, tasks, texts, plugins
 * and extensions; this file only puts them together with the platform-wide settings.
 */
export default buildConfig({
  admin: {
    user: slugs.users,
    // Gravatar would be fetched from outside; many offices have no internet access from the admin.
    avatar: 'default',
    importMap: { baseDir: dirname },
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – CCHC' },
    components: {
      views: Object.assign({}, ...appModules.map((module) => module.adminViews ?? {})),
      afterNavLinks: appModules.flatMap((module) => module.afterNavLinks ?? []),
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
    translations: { vi: { custom: messages.vi }, en: { custom: messages.en } },
  },
  // Refusals of bad input are expected traffic, not server faults.
  loggingLevels: {
    APIError: 'info',
    ValidationError: 'info',
    Forbidden: 'info',
    LockedAuth: 'info',
    AuthenticationError: 'info',
  },
  jobs: {
    // The platform's scheduler (node-cron) queues these on the modules' schedules and runs due jobs
    // every minute, in worker processes (PROCESS_ROLE=worker or all).
    access: { run: ({ req }) => isAdminUser(req.user) },
    tasks: appModules.flatMap((module) => module.tasks),
    // Admins see the queue (Jobs, under Organisation) to follow or inspect runs.
    jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
      ...defaultJobsCollection,
      admin: {
        ...defaultJobsCollection.admin,
        hidden: ({ user }) => !isAdminUser({ roles: user?.roles }),
        group: label('group.organisation'),
      },
    }),
  },
  plugins: appModules.flatMap((module) => module.plugins ?? []),
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
