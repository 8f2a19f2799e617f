import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Media } from './src/collections/Media'
import { Units } from './src/collections/Units'
import { Users } from './src/collections/Users'
import { databaseAdapter } from './src/config/database'
import { resolveDatabase, resolveSecret } from './src/config/env'
import { slugs } from './src/constants/slugs'
import { MAX_UPLOAD_BYTES } from './src/domain/media/uploadPolicy'
import { healthEndpoint } from './src/endpoints/health'
import { messages } from './src/i18n/messages'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: {
    user: slugs.users,
    // Gravatar would be fetched from outside; many offices have no internet access from the admin.
    avatar: 'default',
    importMap: { baseDir: dirname },
    dateFormat: 'dd/MM/yyyy HH:mm',
    meta: { titleSuffix: ' – CCHC' },
  },
  collections: [Units, Users, Media],
  db: databaseAdapter(resolveDatabase(process.env)),
  editor: lexicalEditor(),
  endpoints: [healthEndpoint],
  i18n: {
    supportedLanguages: { vi, en },
    fallbackLanguage: 'vi',
    translations: { vi: { custom: messages.vi }, en: { custom: messages.en } },
  },
  // Refusals of bad input are expected traffic, not server faults.
  loggingLevels: { APIError: 'info', ValidationError: 'info', Forbidden: 'info', LockedAuth: 'info', AuthenticationError: 'info' },
  plugins: [
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
