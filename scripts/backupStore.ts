/**
 * What `npm run backup` and `npm run restore` share: the settings (the same variables the app reads),
 * the media store (the local folder or the S3 bucket) and the archive's layout.
 *
 * An archive is a gzip'd tar of
 *   manifest.json      when, from which database and media store, how many files
 *   database.sqlite    an online copy of the SQLite database (VACUUM INTO: a consistent snapshot
 *                      taken while the app runs, WAL included; never a copy of the live file)
 *   media/…            every uploaded file and generated size, from the folder or the bucket
 */
import {
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { Readable } from 'node:stream'

import {
  resolveDatabase,
  resolveMediaDir,
  resolveS3Storage,
  type DatabaseChoice,
  type S3Settings,
} from '@/platform/config/env'

export type Manifest = {
  format: 'cchc-backup/1'
  createdAt: string
  database: { kind: 'sqlite'; file: 'database.sqlite'; bytes: number }
  media: { from: 'folder' | 's3'; bucket?: string; files: number; bytes: number }
}

export type BackupSettings = {
  database: DatabaseChoice
  mediaDir: string
  s3: S3Settings | null
}

export const backupSettings = (env: NodeJS.ProcessEnv): BackupSettings => ({
  database: resolveDatabase(env),
  mediaDir: path.resolve(process.cwd(), resolveMediaDir(env)),
  s3: resolveS3Storage(env),
})

const s3Client = (s3: S3Settings) =>
  new S3Client({
    endpoint: s3.endpoint,
    region: s3.region,
    forcePathStyle: s3.forcePathStyle,
    credentials: s3.credentials,
    // As the app's adapter: several S3-compatible servers mishandle the SDK's newer checksum trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })

/** Every file under `dir`, as paths relative to it. */
const filesUnder = (dir: string): string[] => {
  if (!fs.existsSync(dir)) return []
  return (fs.readdirSync(dir, { recursive: true, withFileTypes: true }) as fs.Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
    .sort()
}

/** Copies the media store (folder or bucket) into `target`; returns how many files and bytes. */
export const copyMediaOut = async (
  settings: BackupSettings,
  target: string,
): Promise<{ files: number; bytes: number }> => {
  fs.mkdirSync(target, { recursive: true })
  let files = 0
  let bytes = 0
  if (!settings.s3) {
    for (const file of filesUnder(settings.mediaDir)) {
      if (path.basename(file) === '.gitkeep') continue
      fs.mkdirSync(path.dirname(path.join(target, file)), { recursive: true })
      fs.copyFileSync(path.join(settings.mediaDir, file), path.join(target, file))
      files++
      bytes += fs.statSync(path.join(target, file)).size
    }
    return { files, bytes }
  }
  const client = s3Client(settings.s3)
  try {
    let token: string | undefined
    do {
      const page = await client.send(
        new ListObjectsV2Command({ Bucket: settings.s3.bucket, ContinuationToken: token }),
      )
      for (const object of page.Contents ?? []) {
        const key = object.Key
        // Keys that would leave the folder are not files the app wrote.
        if (!key || key.endsWith('/') || path.normalize(key).startsWith('..')) continue
        const destination = path.join(target, key)
        fs.mkdirSync(path.dirname(destination), { recursive: true })
        const { Body } = await client.send(
          new GetObjectCommand({ Bucket: settings.s3.bucket, Key: key }),
        )
        await pipeline(Body as Readable, fs.createWriteStream(destination))
        files++
        bytes += fs.statSync(destination).size
      }
      token = page.NextContinuationToken
    } while (token)
  } finally {
    client.destroy()
  }
  return { files, bytes }
}

const contentTypes: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.mp3': 'audio/mpeg',
  '.m4a': 'audio/mp4',
  '.mp4': 'audio/mp4',
  '.ogg': 'audio/ogg',
  '.oga': 'audio/ogg',
  '.opus': 'audio/opus',
  '.wav': 'audio/wav',
}

/**
 * Puts the archived media back into the store (folder or bucket). Files the archive holds are written
 * over; files it does not hold are left alone (uploads made after the backup, whose records the
 * restored database no longer has: harmless, and never deleted by a restore).
 */
export const copyMediaIn = async (settings: BackupSettings, source: string): Promise<number> => {
  const files = filesUnder(source)
  if (!settings.s3) {
    for (const file of files) {
      fs.mkdirSync(path.dirname(path.join(settings.mediaDir, file)), { recursive: true })
      fs.copyFileSync(path.join(source, file), path.join(settings.mediaDir, file))
    }
    return files.length
  }
  const client = s3Client(settings.s3)
  try {
    for (const file of files) {
      const body = fs.readFileSync(path.join(source, file))
      await client.send(
        new PutObjectCommand({
          Bucket: settings.s3.bucket,
          Key: file.split(path.sep).join('/'),
          Body: body,
          ACL: 'private',
          ContentType: contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
        }),
      )
    }
  } finally {
    client.destroy()
  }
  return files.length
}

/** `2026-11-29T21:37:01.123Z` → `20261129-213701Z`, for file names that sort by time. */
export const timestampOf = (date: Date): string =>
  date
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replace(/[-:]/g, '')
    .replace('T', '-')
