/**
 * Reads and checks the environment. Pure: takes an env object, returns settings or throws a
 * ConfigError that names the variable to set (in Vietnamese, then English).
 */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly vi: string,
    readonly en: string,
  ) {
    super(`${variable}: ${vi}\n${variable}: ${en}`)
    this.name = 'ConfigError'
  }
}

type Env = Record<string, string | undefined>

export type DatabaseChoice =
  { kind: 'sqlite'; url: string; file: string } | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/cms.db'

/** `DATABASE_URL` unset or `file:` → SQLite; `mongodb://` or `mongodb+srv://` → MongoDB. */
export const resolveDatabase = (env: Env): DatabaseChoice => {
  const url = env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) {
      throw new ConfigError(
        'DATABASE_URL',
        'đường dẫn tệp SQLite bị trống (ví dụ: file:./data/cms.db).',
        'the SQLite file path is empty (e.g. file:./data/cms.db).',
      )
    }
    return { kind: 'sqlite', url: `file:${file}`, file }
  }
  if (/^mongodb(\+srv)?:\/\/[^/\s]+/.test(url)) return { kind: 'mongodb', url }
  throw new ConfigError(
    'DATABASE_URL',
    `giá trị "${url.replace(/\/\/[^@/]*@/, '//***@')}" không được hỗ trợ. Dùng file:./data/cms.db (SQLite) hoặc mongodb://… / mongodb+srv://… (MongoDB).`,
    `"${url.replace(/\/\/[^@/]*@/, '//***@')}" is not supported. Use file:./data/cms.db (SQLite) or mongodb://… / mongodb+srv://… (MongoDB).`,
  )
}

const DEV_SECRET = 'development-secret-not-for-production'

/**
 * The secret that signs logins. Production must set it; development and tests get a fixed one;
 * `next build` only needs the config to load, not to sign anything.
 */
export const resolveSecret = (env: Env): string => {
  const secret = env.PAYLOAD_SECRET?.trim()
  if (secret) {
    if (env.NODE_ENV === 'production' && secret.length < 32) {
      throw new ConfigError(
        'PAYLOAD_SECRET',
        'phải dài ít nhất 32 ký tự trong môi trường production.',
        'must be at least 32 characters long in production.',
      )
    }
    return secret
  }
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build')
    return DEV_SECRET
  throw new ConfigError(
    'PAYLOAD_SECRET',
    'chưa được đặt. Môi trường production cần một chuỗi bí mật ngẫu nhiên (ví dụ: openssl rand -hex 32).',
    'is not set. Production needs a random secret string (e.g. openssl rand -hex 32).',
  )
}

export const resolvePort = (env: Env): number => {
  const raw = env.PORT?.trim()
  if (!raw) return 3000
  const port = Number(raw)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      'PORT',
      `"${raw}" không phải cổng hợp lệ (1–65535).`,
      `"${raw}" is not a valid port (1–65535).`,
    )
  }
  return port
}

/** The public address of the app, used in links and the admin URL printed at start. */
export const resolveServerUrl = (env: Env): string => {
  const raw = env.SERVER_URL?.trim()
  if (!raw) return `http://localhost:${resolvePort(env)}`
  try {
    const url = new URL(raw)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol')
    return raw.replace(/\/+$/, '')
  } catch {
    throw new ConfigError(
      'SERVER_URL',
      `"${raw}" không phải địa chỉ http(s) hợp lệ.`,
      `"${raw}" is not a valid http(s) address.`,
    )
  }
}

/** Where uploaded files live (default `media/` in the project); tests point it at a temporary folder. */
export const resolveMediaDir = (env: Env): string => env.MEDIA_DIR?.trim() || 'media'

/** Media on S3-compatible storage (AWS S3, MinIO, Ceph, a provider's object storage). */
export type S3Settings = {
  bucket: string
  /** Unset: AWS S3 itself, found from the region. */
  endpoint?: string
  region: string
  /** Unset: the SDK's own chain (AWS_* variables, an instance role). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
  /** `bucket` in the path (`https://host/bucket/key`) rather than in the host name. */
  forcePathStyle: boolean
}

/**
 * `S3_BUCKET` set → uploads are kept in that bucket, so every instance serves every file; unset →
 * the local folder (`MEDIA_DIR`). `S3_ENDPOINT` names an S3-compatible server (path-style addresses
 * then by default, as MinIO and most such servers want), `S3_REGION` defaults to `us-east-1`, and
 * `S3_ACCESS_KEY_ID` / `S3_SECRET_ACCESS_KEY` come as a pair or not at all.
 */
export const resolveS3Storage = (env: Env): S3Settings | null => {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return null
  if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket) || bucket.includes('..')) {
    throw new ConfigError(
      'S3_BUCKET',
      `"${bucket}" không phải tên bucket hợp lệ (3–63 ký tự: chữ thường, số, dấu chấm, gạch ngang).`,
      `"${bucket}" is not a valid bucket name (3–63 characters: lowercase letters, digits, dots, hyphens).`,
    )
  }
  const endpoint = env.S3_ENDPOINT?.trim() || undefined
  if (endpoint) {
    let protocol = ''
    try {
      protocol = new URL(endpoint).protocol
    } catch {
      // reported below
    }
    if (protocol !== 'http:' && protocol !== 'https:') {
      throw new ConfigError(
        'S3_ENDPOINT',
        `"${endpoint}" không phải địa chỉ http(s) hợp lệ (ví dụ: http://127.0.0.1:9000).`,
        `"${endpoint}" is not a valid http(s) address (e.g. http://127.0.0.1:9000).`,
      )
    }
  }
  const region = env.S3_REGION?.trim() || 'us-east-1'
  if (!/^[a-z0-9-]+$/i.test(region)) {
    throw new ConfigError(
      'S3_REGION',
      `"${region}" không phải tên vùng hợp lệ (ví dụ: us-east-1).`,
      `"${region}" is not a valid region name (e.g. us-east-1).`,
    )
  }
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    const missing = accessKeyId ? 'S3_SECRET_ACCESS_KEY' : 'S3_ACCESS_KEY_ID'
    throw new ConfigError(
      missing,
      'chưa được đặt; S3_ACCESS_KEY_ID và S3_SECRET_ACCESS_KEY phải đi cùng nhau.',
      'is not set; S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together.',
    )
  }
  return {
    bucket,
    endpoint,
    region,
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', env.S3_FORCE_PATH_STYLE, Boolean(endpoint)),
  }
}

export const DEFAULT_ADMIN_EMAIL = 'admin@cchc.local'
export const DEFAULT_ADMIN_PASSWORD = 'DoiMatKhau@2026'

export const resolveSeedAdmin = (env: Env): { email: string; password: string } => ({
  email: env.SEED_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL,
  password: env.SEED_ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD,
})

/** Which long-running work a process does: serve the web (`web`), run schedules (`worker`) or both (`all`). */
export type ProcessRole = 'web' | 'worker' | 'all'

export const resolveProcessRole = (env: Env): ProcessRole => {
  const value = env.PROCESS_ROLE?.trim().toLowerCase() || 'all'
  if (value === 'web' || value === 'worker' || value === 'all') return value
  throw new ConfigError(
    'PROCESS_ROLE',
    `giá trị "${value}" không hợp lệ; dùng web, worker hoặc all.`,
    `"${value}" is not valid; use web, worker or all.`,
  )
}

export type SmtpSettings =
  | { url: string }
  | { host: string; port: number; secure: boolean; user?: string; password?: string }
export type MailSettings = {
  /** Null when no SMTP server is set: mails are written to the log and held in the outbox. */
  smtp: SmtpSettings | null
  from: { name: string; address: string }
}

const flag = (variable: string, value: string | undefined, fallback: boolean): boolean => {
  const text = value?.trim().toLowerCase()
  if (!text) return fallback
  if (['1', 'true', 'yes', 'on'].includes(text)) return true
  if (['0', 'false', 'no', 'off'].includes(text)) return false
  throw new ConfigError(
    variable,
    `giá trị "${value}" không hợp lệ; dùng true hoặc false.`,
    `"${value}" is not valid; use true or false.`,
  )
}

/**
 * SMTP from `SMTP_URL` (smtp:// or smtps://, credentials inside) or from `SMTP_HOST`, `SMTP_PORT`
 * (587), `SMTP_USER`, `SMTP_PASSWORD`, `SMTP_SECURE` (TLS from the first byte; default when the port
 * is 465). The sender is `MAIL_FROM_NAME` <`MAIL_FROM_ADDRESS`>.
 */
export const resolveMail = (env: Env): MailSettings => {
  const address = env.MAIL_FROM_ADDRESS?.trim() || 'cchc@localhost'
  if (!/^[^\s@<>]+@[^\s@<>]+$/.test(address)) {
    throw new ConfigError(
      'MAIL_FROM_ADDRESS',
      `"${address}" không phải là địa chỉ email.`,
      `"${address}" is not an email address.`,
    )
  }
  const from = { name: env.MAIL_FROM_NAME?.trim() || 'Cải cách hành chính', address }
  const url = env.SMTP_URL?.trim()
  if (url) {
    if (!/^smtps?:\/\/[^/\s]+/.test(url)) {
      throw new ConfigError(
        'SMTP_URL',
        'phải có dạng smtp://user:pass@host:587 hoặc smtps://…',
        'must look like smtp://user:pass@host:587 or smtps://…',
      )
    }
    return { smtp: { url }, from }
  }
  const host = env.SMTP_HOST?.trim()
  if (!host) return { smtp: null, from }
  const portText = env.SMTP_PORT?.trim() || '587'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(
      'SMTP_PORT',
      `"${portText}" không phải là cổng hợp lệ (1–65535).`,
      `"${portText}" is not a valid port (1–65535).`,
    )
  }
  return {
    smtp: {
      host,
      port,
      secure: flag('SMTP_SECURE', env.SMTP_SECURE, port === 465),
      user: env.SMTP_USER?.trim() || undefined,
      password: env.SMTP_PASSWORD || undefined,
    },
    from,
  }
}

/** How long work claimed by a process blocks others before it counts as abandoned (the process died). */
export type WorkLeases = { jobMs: number; sendMs: number }

const seconds = (
  env: Env,
  variable: string,
  fallback: number,
  min: number,
  max: number,
): number => {
  const raw = env[variable]?.trim()
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isFinite(value) || value < min || value > max) {
    throw new ConfigError(
      variable,
      `"${raw}" không hợp lệ; cần số giây từ ${min} đến ${max}.`,
      `"${raw}" is not valid; use a number of seconds from ${min} to ${max}.`,
    )
  }
  return value
}

/**
 * `JOB_LEASE_SECONDS` (600): a job still marked running this long after its last change was left by
 * a worker that died, and runs again. `OUTBOX_LEASE_SECONDS` (300): a message a sender claimed and
 * did not finish is sent again after this long. Each must be longer than the work it covers takes.
 */
export const resolveWorkLeases = (env: Env): WorkLeases => ({
  jobMs: seconds(env, 'JOB_LEASE_SECONDS', 600, 5, 86_400) * 1000,
  sendMs: seconds(env, 'OUTBOX_LEASE_SECONDS', 300, 5, 86_400) * 1000,
})

/**
 * `SESSION_IDLE_MINUTES` (30): a sign-in ends after this long without activity (the admin renews
 * its token while the user works; an API client calls refresh-token). From 5 to 1440.
 */
export const resolveSessionIdleMinutes = (env: Env): number => {
  const raw = env.SESSION_IDLE_MINUTES?.trim()
  if (!raw) return 30
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 5 || value > 1440)
    throw new ConfigError(
      'SESSION_IDLE_MINUTES',
      `"${raw}" không hợp lệ; cần số phút (số nguyên) từ 5 đến 1440.`,
      `"${raw}" is not valid; use a whole number of minutes from 5 to 1440.`,
    )
  return value
}

/** `AUDIT_RETENTION_DAYS` (400): audit entries older than this are pruned daily. From 90 to 3650. */
export const resolveAuditRetentionDays = (env: Env): number => {
  const raw = env.AUDIT_RETENTION_DAYS?.trim()
  if (!raw) return 400
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 90 || value > 3650)
    throw new ConfigError(
      'AUDIT_RETENTION_DAYS',
      `"${raw}" không hợp lệ; cần số ngày (số nguyên) từ 90 đến 3650 (quy định lưu ít nhất 3 tháng).`,
      `"${raw}" is not valid; use a whole number of days from 90 to 3650 (the rules ask for at least 3 months).`,
    )
  return value
}

/** Runs each setting's reader and collects what it refused, instead of stopping at the first. */
export const configProblems = (
  ...readers: (() => unknown)[]
): { variable: string; vi: string; en: string }[] =>
  readers.flatMap((read) => {
    try {
      read()
      return []
    } catch (error) {
      if (error instanceof ConfigError)
        return [{ variable: error.variable, vi: error.vi, en: error.en }]
      throw error
    }
  })

/**
 * What `npm start`'s supervisor tells a server it (re)started, through the environment: how many
 * times the server was restarted since `npm start` began, why the last one stopped, and when.
 */
export type SupervisorState = {
  restarts: number
  lastExit: string | null
  lastRestartAt: string | null
}

export const SUPERVISOR_VARIABLES = {
  restarts: 'CCHC_SUPERVISOR_RESTARTS',
  lastExit: 'CCHC_SUPERVISOR_LAST_EXIT',
  lastRestartAt: 'CCHC_SUPERVISOR_LAST_RESTART_AT',
} as const

/** The supervisor's state, or null for a server started some other way (`next start`, tests). */
export const readSupervisorState = (env: Env): SupervisorState | null => {
  const restarts = Number(env[SUPERVISOR_VARIABLES.restarts])
  if (!env[SUPERVISOR_VARIABLES.restarts] || !Number.isInteger(restarts) || restarts < 0)
    return null
  return {
    restarts,
    lastExit: env[SUPERVISOR_VARIABLES.lastExit] || null,
    lastRestartAt: env[SUPERVISOR_VARIABLES.lastRestartAt] || null,
  }
}

/**
 * `MFA_REQUIRED_ROLES` (admin,reviewer): the roles that must sign in with a second factor (a code
 * from an authenticator app). Set but empty, nobody must (scripted test environments); anyone may
 * still enrol. An unknown role name is refused.
 */
export const resolveMfaRequiredRoles = (env: Env, known: readonly string[]): string[] => {
  const raw = env.MFA_REQUIRED_ROLES
  if (raw === undefined) return ['admin', 'reviewer']
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean)
  const unknown = names.filter((name) => !known.includes(name))
  if (unknown.length > 0)
    throw new ConfigError(
      'MFA_REQUIRED_ROLES',
      `vai trò không tồn tại: ${unknown.join(', ')}. Dùng các vai trò ${known.join(', ')}, cách nhau bằng dấu phẩy (để trống: không bắt buộc ai).`,
      `unknown role(s): ${unknown.join(', ')}. Use roles from ${known.join(', ')}, separated by commas (empty: required of nobody).`,
    )
  return [...new Set(names)]
}
