import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import {
  ConfigError,
  configProblems,
  resolveS3Storage,
  type S3Settings,
} from '@/platform/config/env'
import type { ConfigCheck } from '@/platform/module'
import { slugs } from '@/platform/slugs'

type Env = Record<string, string | undefined>

/** The storage settings, or null (the local folder) when they are unset or wrong; a wrong one is reported by the check below. */
const settingsOf = (env: Env): S3Settings | null => {
  try {
    return resolveS3Storage(env)
  } catch (error) {
    if (error instanceof ConfigError) return null
    throw error
  }
}

/**
 * Where uploads live. With `S3_BUCKET` the official S3 adapter keeps every file and its generated
 * sizes in the bucket, so any instance serves any upload; otherwise the local folder (`MEDIA_DIR`).
 *
 * Files stay private either way: objects are written with the `private` ACL and are never linked
 * directly; every download goes through Payload's `/api/media/file/…` route, which applies the
 * collection's read access (anyone for public images, staff only for internal evidence) before the
 * adapter streams the object from the bucket.
 *
 * The adapter's two fields (`prefix`, `_objectKey`) are always in the schema, S3 or not, so one set
 * of migrations fits both. Checksums are sent only where S3 requires them: the SDK's newer default
 * (a checksum trailer on every upload) is not understood by several S3-compatible servers, which then
 * store the trailer inside the file.
 */
export const mediaStoragePlugin = (env: Env = process.env): Plugin => {
  const settings = settingsOf(env)
  return s3Storage({
    enabled: settings !== null,
    alwaysInsertFields: true,
    bucket: settings?.bucket ?? 'unused',
    acl: 'private',
    collections: { [slugs.media]: true },
    config: settings
      ? {
          endpoint: settings.endpoint,
          region: settings.region,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.credentials,
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }
      : {},
  })
}

/**
 * Wrong S3 settings are reported in /api/health and by the worker; `npm start` refuses to start
 * with them (uploads would silently land on one machine's disk).
 */
export const checkStorageSettings: ConfigCheck = (env) =>
  configProblems(() => resolveS3Storage(env))
