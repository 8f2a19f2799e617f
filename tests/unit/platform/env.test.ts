import { describe, expect, it } from '@jest/globals'
import {
  ConfigError,
  resolveDatabase,
  resolvePort,
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
