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
  | { kind: 'sqlite'; url: string; file: string }
  | { kind: 'mongodb'; url: string }

export const DEFAULT_SQLITE_URL = 'file:./data/cms.db'

/** `DATABASE_URL` unset or `file:` → SQLite; `mongodb://` or `mongodb+srv://` → MongoDB. */
export const resolveDatabase = (env: Env): DatabaseChoice => {
  const url = env.DATABASE_URL?.trim() || DEFAULT_SQLITE_URL
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '')
    if (!file) {
      throw new ConfigError('DATABASE_URL', 'đường dẫn tệp SQLite bị trống (ví dụ: file:./data/cms.db).', 'the SQLite file path is empty (e.g. file:./data/cms.db).')
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
      throw new ConfigError('PAYLOAD_SECRET', 'phải dài ít nhất 32 ký tự trong môi trường production.', 'must be at least 32 characters long in production.')
    }
    return secret
  }
  if (env.NODE_ENV !== 'production' || env.NEXT_PHASE === 'phase-production-build') return DEV_SECRET
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
    throw new ConfigError('PORT', `"${raw}" không phải cổng hợp lệ (1–65535).`, `"${raw}" is not a valid port (1–65535).`)
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
    throw new ConfigError('SERVER_URL', `"${raw}" không phải địa chỉ http(s) hợp lệ.`, `"${raw}" is not a valid http(s) address.`)
  }
}

/** Where uploaded files live (default `media/` in the project); tests point it at a temporary folder. */
export const resolveMediaDir = (env: Env): string => env.MEDIA_DIR?.trim() || 'media'

export const DEFAULT_ADMIN_EMAIL = 'admin@cchc.local'
export const DEFAULT_ADMIN_PASSWORD = 'DoiMatKhau@2026'

export const resolveSeedAdmin = (env: Env): { email: string; password: string } => ({
  email: env.SEED_ADMIN_EMAIL?.trim() || DEFAULT_ADMIN_EMAIL,
  password: env.SEED_ADMIN_PASSWORD || DEFAULT_ADMIN_PASSWORD,
})
