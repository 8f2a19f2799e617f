import { describe, expect, it } from '@jest/globals'
import { ConfigError, resolveMail, resolveProcessRole } from '@/platform/config/env'
import { cronVariable, resolveSchedules } from '@/platform/jobs/schedules'
import { isoWeek, localDay, previousWeek } from '@/platform/time'
import { checkCampaignSettings, missedAfterHours } from '@/modules/campaigns/config'
import { barChartSvg } from '@/modules/campaigns/domain/chart'
import {
  dueEscalationSteps,
  dueReportReminder,
  escalationChain,
} from '@/modules/campaigns/domain/reminders'
import { campaignSchedules } from '@/modules/campaigns/jobs'
import { retryDelayMs } from '@/modules/messaging/domain/rules'
import { publicChange, signWebhook, verifyWebhook } from '@/modules/messaging/domain/webhookEvents'

const at = (iso: string) => new Date(iso)

describe('report reminders and escalation', () => {
  const deadline = at('2026-12-20T17:00:00+07:00')

  it('should pick the smallest reached offset while the deadline is ahead, and nothing after it', () => {
    expect(dueReportReminder(deadline, [7, 3, 1], at('2026-12-12T09:00:00+07:00'))).toBeNull()
    expect(dueReportReminder(deadline, [7, 3, 1], at('2026-12-13T17:00:00+07:00'))).toBe(7)
    // A worker down for days does not send the 7- and 3-day reminders together: only the 3-day one.
    expect(dueReportReminder(deadline, [7, 3, 1], at('2026-12-18T09:00:00+07:00'))).toBe(3)
    expect(dueReportReminder(deadline, [7, 3, 1], at('2026-12-20T08:00:00+07:00'))).toBe(1)
    expect(dueReportReminder(deadline, [7, 3, 1], at('2026-12-20T17:00:00+07:00'))).toBeNull()
  })

  it('should make escalation steps due one interval apart, up the chain it has', () => {
    expect(dueEscalationSteps(deadline, 2, 3, at('2026-12-20T16:59:00+07:00'))).toEqual([])
    expect(dueEscalationSteps(deadline, 2, 3, at('2026-12-20T17:00:00+07:00'))).toEqual([0])
    expect(dueEscalationSteps(deadline, 2, 3, at('2026-12-22T17:00:00+07:00'))).toEqual([0, 1])
    expect(dueEscalationSteps(deadline, 2, 3, at('2027-01-30T00:00:00+07:00'))).toEqual([0, 1, 2])
    expect(dueEscalationSteps(deadline, 2, 2, at('2027-01-30T00:00:00+07:00'))).toEqual([0, 1])
  })

  it('should climb from a commune to its district and the province, stopping at a cycle', () => {
    const parents: Record<string, string | null> = {
      commune: 'district',
      district: 'province',
      province: null,
    }
    expect(escalationChain('commune', (id: string) => parents[id])).toEqual([
      'commune',
      'district',
      'province',
    ])
    expect(escalationChain('a', (id: string) => (id === 'a' ? 'b' : 'a'))).toEqual(['a', 'b'])
  })
})

describe('clock helpers', () => {
  it('should name the previous local week and its ISO number, and the local day', () => {
    const week = previousWeek(at('2026-12-07T07:00:00+07:00'))
    expect(week).toEqual({
      start: at('2026-11-30T00:00:00+07:00'),
      end: at('2026-12-07T00:00:00+07:00'),
    })
    expect(isoWeek(week.start)).toBe('2026-W49')
    expect(isoWeek(at('2026-12-28T00:00:00+07:00'))).toBe('2026-W53')
    expect(localDay(at('2026-12-07T18:30:00Z'))).toBe('2026-12-08')
  })

  it('should back off 1, 5, 15 minutes, then hours, capped', () => {
    expect([1, 2, 3, 4, 20].map(retryDelayMs)).toEqual([
      60_000, 300_000, 900_000, 3_600_000, 43_200_000,
    ])
  })
})

describe('digest chart', () => {
  it('should draw one bar per plan, coloured against the target, with escaped labels', () => {
    const svg = barChartSvg([
      { label: 'Số 163/KH-UBND', value: 100, target: 90 },
      { label: '<script>', value: 50, target: 90 },
      { label: 'Chưa có', value: null },
    ])
    expect(svg.startsWith('<svg')).toBe(true)
    expect(svg).toContain('#15803d')
    expect(svg).toContain('#b91c1c')
    expect(svg).toContain('&lt;script&gt;')
    expect(svg).not.toContain('<script>')
    expect(svg).toContain('100%')
    expect(svg).toContain('–')
  })
})

describe('webhook events', () => {
  it('should tell publish, update and unpublish apart and ignore draft saves', () => {
    const live = { _status: 'published' }
    const draft = { _status: 'draft' }
    expect(publicChange(null, live, false)).toBe('published')
    expect(publicChange(draft, live, false)).toBe('published')
    expect(publicChange(live, live, false)).toBe('updated')
    expect(publicChange(live, draft, false)).toBe('unpublished')
    expect(publicChange(live, draft, true)).toBeNull()
    expect(publicChange(draft, draft, false)).toBeNull()
  })

  it('should sign the timestamp and body, and verify only the same secret and bytes', () => {
    const signature = signWebhook('khoa', 1797123600, '{"a":1}')
    expect(signature).toMatch(/^sha256=[0-9a-f]{64}$/)
    expect(verifyWebhook('khoa', 1797123600, '{"a":1}', signature)).toBe(true)
    expect(verifyWebhook('khoa', 1797123601, '{"a":1}', signature)).toBe(false)
    expect(verifyWebhook('khoa', 1797123600, '{"a":2}', signature)).toBe(false)
    expect(verifyWebhook('khac', 1797123600, '{"a":1}', signature)).toBe(false)
  })
})

describe('configuration of mail, roles and schedules', () => {
  it('should read SMTP from a URL or from its parts, and refuse bad values by name', () => {
    expect(resolveMail({}).smtp).toBeNull()
    expect(resolveMail({ SMTP_URL: 'smtps://u:p@mail.example:465' }).smtp).toEqual({
      url: 'smtps://u:p@mail.example:465',
    })
    expect(
      resolveMail({
        SMTP_HOST: 'mail.example',
        SMTP_PORT: '465',
        SMTP_USER: 'u',
        SMTP_PASSWORD: 'p',
      }).smtp,
    ).toEqual({ host: 'mail.example', port: 465, secure: true, user: 'u', password: 'p' })
    expect(resolveMail({ SMTP_HOST: 'mail.example' }).smtp).toMatchObject({
      port: 587,
      secure: false,
    })
    expect(
      resolveMail({ MAIL_FROM_NAME: 'Sở Nội vụ', MAIL_FROM_ADDRESS: 'snv@example.vn' }).from,
    ).toEqual({ name: 'Sở Nội vụ', address: 'snv@example.vn' })
    expect(() => resolveMail({ SMTP_URL: 'http://mail' })).toThrow(ConfigError)
    expect(() => resolveMail({ SMTP_HOST: 'mail', SMTP_PORT: 'abc' })).toThrow(/SMTP_PORT/)
    expect(() => resolveMail({ SMTP_HOST: 'mail', SMTP_SECURE: 'maybe' })).toThrow(/SMTP_SECURE/)
    expect(() => resolveMail({ MAIL_FROM_ADDRESS: 'not-an-address' })).toThrow(/MAIL_FROM_ADDRESS/)
  })

  it('should know the three process roles', () => {
    expect(resolveProcessRole({})).toBe('all')
    expect(resolveProcessRole({ PROCESS_ROLE: 'Worker' })).toBe('worker')
    expect(() => resolveProcessRole({ PROCESS_ROLE: 'wroker' })).toThrow(/PROCESS_ROLE/)
  })

  it('should run every schedule by default and report a bad expression or time zone without throwing', () => {
    expect(cronVariable('weeklyDigest')).toBe('CRON_WEEKLY_DIGEST')
    const defaults = resolveSchedules({}, campaignSchedules)
    expect(defaults.timeZone).toBe('Asia/Ho_Chi_Minh')
    expect(defaults.problems).toEqual([])
    expect(defaults.entries.map((e) => e.name)).toContain('weeklyDigest')

    const badCron = resolveSchedules({ CRON_WEEKLY_DIGEST: 'every monday' }, campaignSchedules)
    expect(badCron.entries.map((e) => e.name)).not.toContain('weeklyDigest')
    expect(badCron.entries).toHaveLength(defaults.entries.length - 1)
    expect(badCron.problems[0]).toMatchObject({ variable: 'CRON_WEEKLY_DIGEST' })
    expect(badCron.problems[0]!.vi).toContain('không hợp lệ')

    const badZone = resolveSchedules({ SCHEDULE_TIME_ZONE: 'Asia/Hanoi_City' }, campaignSchedules)
    expect(badZone.entries).toEqual([])
    expect(badZone.problems[0]).toMatchObject({ variable: 'SCHEDULE_TIME_ZONE' })

    expect(missedAfterHours({ MISSED_AFTER_HOURS: '36' })).toBe(36)
    expect(missedAfterHours({ MISSED_AFTER_HOURS: 'lâu' })).toBe(24)
    expect(checkCampaignSettings({ MISSED_AFTER_HOURS: 'lâu' })[0]).toMatchObject({
      variable: 'MISSED_AFTER_HOURS',
    })
  })
})
