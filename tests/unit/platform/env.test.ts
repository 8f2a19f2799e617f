import { describe, expect, it } from '@jest/globals'
import {
  ConfigError,
  resolveDatabase,
  resolvePort,
  resolveS3Storage,
  resolveSecret,
  resolveSeedAdmin,
  resolveServerUrl,
} from '@/platform/config/env'

describe('configuration from the environment', () => {
  it('should pick SQLite at data/cms.db when DATABASE_URL is unset', () => {
    expect(resolveDatabase({})).toEqual({
      kind: 'sqlite',
      url: 'file:./data/cms.db',
      file: './data/cms.db',
    })
  })

  it('should pick SQLite for file: URLs, absolute or relative', () => {
    expect(resolveDatabase({ DATABASE_URL: 'file:/var/lib/cchc/cms.db' })).toMatchObject({
      kind: 'sqlite',
      file: '/var/lib/cchc/cms.db',
    })
    expect(resolveDatabase({ DATABASE_URL: 'file:///var/lib/cchc/cms.db' })).toMatchObject({
      kind: 'sqlite',
      file: '/var/lib/cchc/cms.db',
    })
  })

  it('should pick MongoDB for mongodb:// and mongodb+srv:// URLs', () => {
    expect(resolveDatabase({ DATABASE_URL: 'mongodb://mongo:27017/cchc?replicaSet=rs0' })).toEqual({
      kind: 'mongodb',
      url: 'mongodb://mongo:27017/cchc?replicaSet=rs0',
    })
    expect(
      resolveDatabase({ DATABASE_URL: 'mongodb+srv://u:p@cluster.example.net/cchc' }).kind,
    ).toBe('mongodb')
  })

  it('should refuse any other URL, naming the variable and hiding credentials', () => {
    let error: unknown
    try {
      resolveDatabase({ DATABASE_URL: 'postgres://user:secret@db/cchc' })
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ConfigError)
    expect((error as ConfigError).variable).toBe('DATABASE_URL')
    expect((error as ConfigError).message).toContain('DATABASE_URL')
    expect((error as ConfigError).message).not.toContain('secret')
    expect((error as ConfigError).vi).toContain('không được hỗ trợ')
  })

  it('should demand a long secret in production only', () => {
    expect(() => resolveSecret({ NODE_ENV: 'production' })).toThrow(/PAYLOAD_SECRET/)
    expect(() => resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'short' })).toThrow(/32/)
    expect(resolveSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'x'.repeat(32) })).toBe(
      'x'.repeat(32),
    )
    expect(resolveSecret({ NODE_ENV: 'development' })).toBeTruthy()
    expect(
      resolveSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }),
    ).toBeTruthy()
  })

  it('should honour PORT and refuse nonsense', () => {
    expect(resolvePort({})).toBe(3000)
    expect(resolvePort({ PORT: '8080' })).toBe(8080)
    expect(() => resolvePort({ PORT: 'eighty' })).toThrow(ConfigError)
    expect(() => resolvePort({ PORT: '70000' })).toThrow(ConfigError)
  })

  it('should build the server URL from PORT unless SERVER_URL is set', () => {
    expect(resolveServerUrl({ PORT: '4000' })).toBe('http://localhost:4000')
    expect(resolveServerUrl({ SERVER_URL: 'https://cchc.hatinh.gov.vn/' })).toBe(
      'https://cchc.hatinh.gov.vn',
    )
    expect(() => resolveServerUrl({ SERVER_URL: 'cchc.hatinh' })).toThrow(ConfigError)
  })

  it('should take the first admin login from SEED_ADMIN_* with documented defaults', () => {
    expect(resolveSeedAdmin({})).toEqual({ email: 'admin@cchc.local', password: 'DoiMatKhau@2026' })
    expect(resolveSeedAdmin({ SEED_ADMIN_EMAIL: 'a@b.vn', SEED_ADMIN_PASSWORD: 'p' })).toEqual({
      email: 'a@b.vn',
      password: 'p',
    })
  })
})

describe('media storage settings (S3_*)', () => {
  it('should keep uploads in the local folder when S3_BUCKET is unset', () => {
    expect(resolveS3Storage({})).toBeNull()
    expect(resolveS3Storage({ S3_ENDPOINT: 'http://127.0.0.1:9000' })).toBeNull()
  })

  it('should read an S3-compatible server with path-style addresses by default', () => {
    expect(
      resolveS3Storage({
        S3_BUCKET: 'cchc-media',
        S3_ENDPOINT: 'http://minio:9000',
        S3_ACCESS_KEY_ID: 'key',
        S3_SECRET_ACCESS_KEY: 'secret',
      }),
    ).toEqual({
      bucket: 'cchc-media',
      endpoint: 'http://minio:9000',
      region: 'us-east-1',
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
      forcePathStyle: true,
    })
  })

  it('should use AWS itself, host-style, with the SDK credential chain, when only the bucket and region are set', () => {
    expect(resolveS3Storage({ S3_BUCKET: 'so-noi-vu.media', S3_REGION: 'ap-southeast-1' })).toEqual(
      {
        bucket: 'so-noi-vu.media',
        endpoint: undefined,
        region: 'ap-southeast-1',
        credentials: undefined,
        forcePathStyle: false,
      },
    )
    expect(
      resolveS3Storage({ S3_BUCKET: 'media-x', S3_FORCE_PATH_STYLE: 'true' })?.forcePathStyle,
    ).toBe(true)
  })

  it('should name the variable to fix when a setting is wrong', () => {
    const fails = (env: Record<string, string>) => {
      try {
        resolveS3Storage(env)
      } catch (error) {
        return error instanceof ConfigError ? error.variable : 'other'
      }
      return null
    }
    expect(fails({ S3_BUCKET: 'Cchc_Media' })).toBe('S3_BUCKET')
    expect(fails({ S3_BUCKET: 'cchc-media', S3_ENDPOINT: 'minio:9000' })).toBe('S3_ENDPOINT')
    expect(fails({ S3_BUCKET: 'cchc-media', S3_ACCESS_KEY_ID: 'key' })).toBe('S3_SECRET_ACCESS_KEY')
    expect(fails({ S3_BUCKET: 'cchc-media', S3_SECRET_ACCESS_KEY: 'x' })).toBe('S3_ACCESS_KEY_ID')
    expect(fails({ S3_BUCKET: 'cchc-media', S3_FORCE_PATH_STYLE: 'maybe' })).toBe(
      'S3_FORCE_PATH_STYLE',
    )
    expect(fails({ S3_BUCKET: 'cchc-media', S3_REGION: 'vùng 1' })).toBe('S3_REGION')
  })
})
