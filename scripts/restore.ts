/**
 * `npm run restore <archive>`: brings back what `npm run backup` wrote — the SQLite database and every
 * uploaded file (into the folder or the S3 bucket the settings name). Stop every app instance and
 * worker first: the database file is replaced under them. The database it replaces is kept beside it
 * as `<file>.before-restore-<time>`, in case the wrong archive was picked. Migrations newer than the
 * archive are applied by the next `npm start`, as after any update.
 */
import { createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import * as tar from 'tar'

import { ConfigError } from '@/platform/config/env'

import { backupSettings, copyMediaIn, timestampOf, type Manifest } from './backupStore'

const main = async () => {
  const archive = process.argv[2]
  if (!archive || !fs.existsSync(archive)) {
    console.error(
      'Cách dùng / Usage: npm run restore <backups/cchc-….tar.gz>' +
        (archive ? `\nKhông thấy tệp / No such file: ${archive}` : ''),
    )
    process.exit(2)
  }
  const settings = backupSettings(process.env)
  if (settings.database.kind !== 'sqlite') {
    console.error(
      'DATABASE_URL trỏ tới MongoDB: khôi phục bằng mongorestore (xem README). / ' +
        'DATABASE_URL is MongoDB: restore with mongorestore (see the README).',
    )
    process.exit(1)
  }
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'cchc-restore-'))
  try {
    await tar.x({ file: archive, cwd: staging, strict: true })
    const manifestFile = path.join(staging, 'manifest.json')
    const manifest = fs.existsSync(manifestFile)
      ? (JSON.parse(fs.readFileSync(manifestFile, 'utf8')) as Manifest)
      : null
    const copy = path.join(staging, 'database.sqlite')
    if (manifest?.format !== 'cchc-backup/1' || !fs.existsSync(copy))
      throw new Error(
        `${archive} không phải bản sao lưu của ứng dụng / is not a backup of this app`,
      )
    // The copy must be a whole, sound database before anything is replaced.
    const check = createClient({ url: `file:${copy}` })
    try {
      const { rows } = await check.execute('PRAGMA integrity_check')
      if (String(Object.values(rows[0] ?? {})[0]) !== 'ok')
        throw new Error('the archived database failed its integrity check')
    } finally {
      check.close()
    }

    const target = path.resolve(settings.database.file)
    fs.mkdirSync(path.dirname(target), { recursive: true })
    const stamp = timestampOf(new Date())
    if (fs.existsSync(target)) {
      // Fold the live file's WAL into it first, so the kept copy is whole on its own.
      const live = createClient({ url: `file:${target}` })
      try {
        await live.execute('PRAGMA busy_timeout = 30000')
        await live.execute('PRAGMA wal_checkpoint(TRUNCATE)')
      } finally {
        live.close()
      }
      fs.renameSync(target, `${target}.before-restore-${stamp}`)
    }
    for (const suffix of ['-wal', '-shm', '-journal'])
      fs.rmSync(`${target}${suffix}`, { force: true })
    fs.copyFileSync(copy, `${target}.restoring`)
    fs.renameSync(`${target}.restoring`, target)
    const files = await copyMediaIn(settings, path.join(staging, 'media'))
    console.log(
      `Đã khôi phục / Restored ${archive} (${manifest.createdAt})\n` +
        `  cơ sở dữ liệu / database → ${target}` +
        (fs.existsSync(`${target}.before-restore-${stamp}`)
          ? ` (bản cũ giữ ở / the previous one kept as ${path.basename(target)}.before-restore-${stamp})`
          : '') +
        `\n  tệp / media: ${files} → ${settings.s3 ? `bucket ${settings.s3.bucket}` : settings.mediaDir}`,
    )
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

main().catch((error: Error) => {
  console.error(
    error instanceof ConfigError
      ? `Không thể khôi phục / Cannot restore:\n  ${error.variable}: ${error.vi}\n  ${error.variable}: ${error.en}`
      : `Không thể khôi phục / Cannot restore: ${error.message}`,
  )
  process.exit(1)
})
