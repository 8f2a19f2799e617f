import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import sharp from 'sharp'
import { testDatabaseUrl } from '../helpers/database'
import { startTestBucket, type TestBucket } from '../helpers/s3'
import { startRealApp, type RunningApp } from '../helpers/server'

let bucket: TestBucket
let dir: string
let app: RunningApp | undefined
let token: string

const ADMIN = { email: 'quantri@saoluu.vn', password: 'SaoLuu@2026-an-toan' }

/** The app's settings for this folder: its SQLite file, and the media bucket. */
const settings = () => ({
  ...bucket.env,
  DATABASE_URL: testDatabaseUrl(dir),
  MEDIA_DIR: path.join(dir, 'media'),
  SEED_DEMO: 'false',
  PROCESS_ROLE: 'web',
})

const start = async () => {
  app = await startRealApp(settings(), { dir })
}

const api = async (method: string, urlPath: string, body?: unknown) => {
  const headers: Record<string, string> = { Authorization: `JWT ${token}` }
  let payload: BodyInit | undefined
  if (body instanceof FormData) payload = body
  else if (body !== undefined) {
    payload = JSON.stringify(body)
    headers['Content-Type'] = 'application/json'
  }
  return fetch(`${app!.url}/api${urlPath}`, { method, headers, body: payload })
}

const login = async () => {
  const res = await fetch(`${app!.url}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  token = ((await res.json()) as { token: string }).token
}

/**
 * Runs an npm script's command as `npm run <name>` would, with the app's settings. Asynchronously: the
 * S3 server answering it runs in this process.
 */
const run = (
  script: 'backup' | 'restore',
  ...args: string[]
): Promise<{ status: number | null; stdout: string; stderr: string }> =>
  new Promise((resolve) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), [`scripts/${script}.ts`, ...args], {
      env: { ...process.env, ...settings(), BACKUP_DIR: path.join(dir, 'backups') },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000)
    child.on('exit', (status) => {
      clearTimeout(timer)
      resolve({ status, stdout, stderr })
    })
  })

beforeAll(async () => {
  bucket = await startTestBucket('cchc-backup')
  dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'cchc-backup-app-'))
  await start()
  const first = await fetch(`${app!.url}/api/users/first-register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ ...ADMIN, name: 'Quản trị', roles: ['admin'] }),
  })
  expect(first.status).toBe(200)
  await login()
}, 600_000)

afterAll(async () => {
  await app?.stop()
  await bucket?.stop()
  if (dir) await fs.promises.rm(dir, { recursive: true, force: true })
})

describe('npm run backup and npm run restore', () => {
  it('should bring back the database and the media files as they were at the backup', async () => {
    const unitRes = await api('POST', '/units', {
      name: 'UBND tỉnh Sao Lưu',
      code: 'SL',
      level: 'province',
    })
    expect(unitRes.status).toBe(201)
    const unit = ((await unitRes.json()) as { doc: { id: number } }).doc
    const photo = await sharp(randomBytes(400 * 300 * 3), {
      raw: { width: 400, height: 300, channels: 3 },
    })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(photo)], { type: 'image/png' }),
      'truoc-sao-luu.png',
    )
    form.append('_payload', JSON.stringify({ alt: 'Ảnh trước khi sao lưu', visibility: 'public' }))
    const mediaRes = await api('POST', '/media', form)
    expect(mediaRes.status).toBe(201)
    const media = ((await mediaRes.json()) as { doc: { id: number; filename: string } }).doc

    // The original and its generated sizes (the hero size is never made larger than the original).
    const objects = await bucket.keys()
    expect(objects).toHaveLength(3)

    // Online: the app keeps serving (and could keep writing) while the backup runs.
    const backup = await run('backup')
    expect(backup.status).toBe(0)
    const archive = /Backed up: (\S+\.tar\.gz)/.exec(backup.stdout)?.[1]
    expect(archive).toBeDefined()
    expect(path.basename(archive!)).toMatch(/^cchc-\d{8}-\d{6}Z\.tar\.gz$/)
    expect(backup.stdout).toContain(`media ${objects.length} (`)

    // Changes after the backup: a rename, a new unit, the picture deleted (and its objects with it).
    expect((await api('PATCH', `/units/${unit.id}`, { name: 'Tên đổi sau sao lưu' })).status).toBe(
      200,
    )
    expect(
      (
        await api('POST', '/units', {
          name: 'Đơn vị mới',
          code: 'SL-MOI',
          level: 'department',
          parent: unit.id,
        })
      ).status,
    ).toBe(201)
    expect((await api('DELETE', `/media/${media.id}`)).status).toBe(200)
    expect(await bucket.keys()).not.toContain(media.filename)

    await app!.stop()
    app = undefined
    const restore = await run('restore', archive!)
    expect(restore.stderr).not.toContain('Cannot restore')
    expect(restore.status).toBe(0)
    expect(restore.stdout).toContain('Restored')
    // The replaced database is kept beside the restored one.
    expect(fs.readdirSync(dir).some((f) => f.startsWith('test.db.before-restore-'))).toBe(true)

    await start()
    await login()
    const units = (await (await api('GET', '/units?limit=50&depth=0')).json()) as {
      docs: { name: string; code: string }[]
    }
    expect(units.docs.map((u) => u.name)).toEqual(['UBND tỉnh Sao Lưu'])
    const back = await api('GET', `/media/${media.id}`)
    expect(back.status).toBe(200)
    const file = await fetch(`${app!.url}/api/media/file/${media.filename}`)
    expect(file.status).toBe(200)
    expect(Buffer.from(await file.arrayBuffer()).equals(photo)).toBe(true)
  })

  it('should refuse a file that is not one of its archives, and change nothing', async () => {
    const bogus = path.join(dir, 'not-a-backup.tar.gz')
    fs.writeFileSync(bogus, 'không phải bản sao lưu')
    const before = fs.statSync(path.join(dir, 'test.db')).mtimeMs
    const result = await run('restore', bogus)
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Không thể khôi phục / Cannot restore')
    expect(fs.statSync(path.join(dir, 'test.db')).mtimeMs).toBe(before)
  })
})
