import { describe, expect, it } from '@jest/globals'
import { spawnSync } from 'node:child_process'
import path from 'node:path'

/** Runs `npm start`'s script with a broken configuration; it must stop before building anything. */
const start = (env: Record<string, string>) => {
  const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env }
  delete (childEnv as Record<string, string | undefined>).NODE_ENV
  Object.assign(childEnv, env)
  return spawnSync(path.resolve('node_modules/.bin/tsx'), ['scripts/start.ts'], {
    env: childEnv,
    encoding: 'utf8',
    timeout: 60_000,
  })
}

describe('starting with a bad configuration', () => {
  it('should stop with a message naming DATABASE_URL when the URL is of an unknown kind', () => {
    const result = start({
      DATABASE_URL: 'postgres://user:secret@db/cchc',
      PAYLOAD_SECRET: 'x'.repeat(40),
    })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('Không thể khởi động / Cannot start')
    expect(result.stderr).toContain('DATABASE_URL: giá trị')
    expect(result.stderr).toContain('is not supported')
    expect(result.stderr).not.toContain('secret@')
  })

  it('should stop in production when PAYLOAD_SECRET is missing, saying what to set', () => {
    const result = start({ NODE_ENV: 'production', PAYLOAD_SECRET: '' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PAYLOAD_SECRET: chưa được đặt')
    expect(result.stderr).toContain('openssl rand -hex 32')
  })

  it('should stop on a port that is not a number', () => {
    const result = start({ PORT: 'tám nghìn', PAYLOAD_SECRET: 'x'.repeat(40) })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('PORT: "tám nghìn" không phải cổng hợp lệ')
  })

  it('should stop on account settings it cannot use, instead of keeping a default silently', () => {
    const secret = { PAYLOAD_SECRET: 'x'.repeat(40) }
    const idle = start({ ...secret, SESSION_IDLE_MINUTES: 'ba mươi' })
    expect(idle.status).toBe(1)
    expect(idle.stderr).toContain('SESSION_IDLE_MINUTES: "ba mươi" không hợp lệ')
    const retention = start({ ...secret, AUDIT_RETENTION_DAYS: '30' })
    expect(retention.status).toBe(1)
    expect(retention.stderr).toContain('AUDIT_RETENTION_DAYS: "30" is not valid')
    const roles = start({ ...secret, MFA_REQUIRED_ROLES: 'admin,sếp' })
    expect(roles.status).toBe(1)
    expect(roles.stderr).toContain('MFA_REQUIRED_ROLES: vai trò không tồn tại: sếp')
  })
})
