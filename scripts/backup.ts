/**
 * `npm run backup`: writes a timestamped archive of the database and every uploaded file, while the
 * app keeps running: `backups/cchc-<date>-<time>Z.tar.gz` (or in BACKUP_DIR). The SQLite database
 * is copied with its own online backup (VACUUM INTO: one consistent snapshot, WAL included, readers
 * and writers go on); the media come from the folder or from the S3 bucket, whichever the app uses.
 * On MongoDB the database is dumped with `mongodump` instead (see the README); this script then stops.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'

import { ConfigError } from '@/platform/config/env'

import { backupSettings, copyMediaOut, timestampOf, type Manifest } from './backupStore'

const main = async () => {
  const settings = backupSettings(process.env)
  if (settings.database.kind !== 'sqlite') {
    console.error(
      'DATABASE_URL trỏ tới MongoDB: sao lưu cơ sở dữ liệu bằng mongodump (xem README, mục Sao lưu). / ' +
        'DATABASE_URL is MongoDB: back the database up with mongodump (see the README, Backups).',
    )
    process.exit(1)
  }
  const databaseFile = path.resolve(settings.database.file)
  if (!fs.existsSync(databaseFile)) {
    console.error(`Không thấy cơ sở dữ liệu / No database at ${databaseFile}`)
    process.exit(1)
  }
  const outDir = path.resolve(process.env.BACKUP_DIR?.trim() || 'backups')
  fs.mkdirSync(outDir, { recursive: true })
  const createdAt = new Date()
  const archive = path.join(outDir, `cchc-${timestampOf(createdAt)}.tar.gz`)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-backup-'))
  try {
    // The database's own online backup, through a connection of its own beside the running app.
    const copy = path.join(staging, 'database.sqlite')
    const client = createClient({ url: `file:${databaseFile}` })
    try {
      await client.execute('PRAGMA busy_timeout = 30000')
      await client.execute({ sql: 'VACUUM INTO ?', args: [copy] })
    } finally {
      client.close()
    }
    const media = await copyMediaOut(settings, path.join(staging, 'media'))
    const manifest: Manifest = {
      format: 'cchc-backup/1',
      createdAt: createdAt.toISOString(),
      database: { kind: 'sqlite', file: 'database.sqlite', bytes: fs.statSync(copy).size },
      media: {
        from: settings.s3 ? 's3' : 'folder',
        bucket: settings.s3?.bucket,
        files: media.files,
        bytes: media.bytes,
      },
    }
    fs.writeFileSync(path.join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2))
    // Written beside its final name and renamed, so a half-written archive is never taken for one.
    const partial = `${archive}.partial`
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [
      'manifest.json',
      'database.sqlite',
      'media',
    ])
    fs.renameSync(partial, archive)
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)
    console.log(
      `Đã sao lưu / Backed up: ${archive}\n` +
        `  cơ sở dữ liệu / database ${mb(manifest.database.bytes)} MB; ` +
        `tệp / media ${media.files} (${mb(media.bytes)} MB, ${settings.s3 ? `bucket ${settings.s3.bucket}` : settings.mediaDir}); ` +
        `lưu trữ / archive ${mb(fs.statSync(archive).size)} MB`,
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof ConfigError
      ? `Không thể sao lưu / Cannot back up:\n  ${error.variable}: ${error.vi}\n  ${error.variable}: ${error.en}`
      : `Không thể sao lưu / Cannot back up: ${error.message}`,
  )
  process.exit(1)
})
