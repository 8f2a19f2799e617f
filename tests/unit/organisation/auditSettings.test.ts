import { describe, expect, it } from '@jest/globals'
import type { Config, GlobalConfig } from 'payload'
import { auditSettingsChanges } from '@/modules/organisation/auditSettings'

describe('"settings changes appear in the audit log"', () => {
  it('should watch every global people edit, and leave the hidden bookkeeping ones alone', async () => {
    const settings: GlobalConfig = {
      slug: 'site-settings',
      fields: [{ name: 'title', type: 'text' }],
      hooks: { afterChange: [({ doc }) => doc] },
    }
    const stamp: GlobalConfig = {
      slug: 'stamp',
      admin: { hidden: true },
      fields: [{ name: 'stamp', type: 'text' }],
    }
    const config = await auditSettingsChanges({ globals: [settings, stamp] } as Config)
    const [watched, left] = config.globals!
    expect(watched!.hooks?.afterChange).toHaveLength(2)
    expect(watched!.hooks?.afterChange?.[0]).toBe(settings.hooks!.afterChange![0])
    expect(left).toBe(stamp)
  })
})
