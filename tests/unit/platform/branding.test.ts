import { describe, expect, it } from '@jest/globals'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { DEFAULT_SITE_NAME, resolveBranding } from '@/platform/config/branding'
import { ConfigError } from '@/platform/config/env'

describe('the deployment’s name and logo (SITE_NAME, SITE_LOGO)', () => {
  it('should default to a Vietnamese name and the built-in SVG logo', () => {
    const branding = resolveBranding({})
    expect(branding.name).toBe(DEFAULT_SITE_NAME)
    expect(branding.name).not.toMatch(/payload/i)
    expect(branding.logo).toMatch(/^data:image\/svg\+xml;base64,/)
  })

  it('should read a configured name and logo file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brand-'))
    fs.writeFileSync(path.join(dir, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
    const branding = resolveBranding({ SITE_NAME: ' Cổng Hà Tĩnh ', SITE_LOGO: 'logo.png' }, dir)
    expect(branding).toEqual({ name: 'Cổng Hà Tĩnh', logo: 'data:image/png;base64,iVBORw==' })
  })

  it('should stop with a message naming the variable for a missing, odd or oversized logo', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brand-'))
    fs.writeFileSync(path.join(dir, 'big.svg'), Buffer.alloc(300 * 1024, 32))
    for (const SITE_LOGO of ['missing.svg', 'logo.exe', 'big.svg']) {
      let error: unknown
      try {
        resolveBranding({ SITE_LOGO }, dir)
      } catch (caught) {
        error = caught
      }
      expect(error).toBeInstanceOf(ConfigError)
      expect((error as ConfigError).variable).toBe('SITE_LOGO')
    }
    expect(() => resolveBranding({ SITE_NAME: 'x'.repeat(101) })).toThrow(ConfigError)
  })
})
