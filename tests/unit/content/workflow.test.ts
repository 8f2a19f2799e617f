import { describe, expect, it } from '@jest/globals'
import { canPublish, decideReview, type EditorialActor } from '@/modules/content/domain/workflow'
import { decideReportChange, isLocked } from '@/modules/campaigns/domain/reportWorkflow'
import { checkPublicText, ratingSummary, withinLimit } from '@/modules/content/domain/submissions'

const editor: EditorialActor = { roles: ['editor'] }
const trustedEditor: EditorialActor = { roles: ['editor'], canPublish: true }
const reviewer: EditorialActor = { roles: ['reviewer'] }

describe('editorial workflow', () => {
  it('should let reviewers and admins publish, editors only when granted', () => {
    expect(canPublish(reviewer)).toBe(true)
    expect(canPublish({ roles: ['admin'] })).toBe(true)
    expect(canPublish(editor)).toBe(false)
    expect(canPublish(trustedEditor)).toBe(true)
    expect(canPublish({ roles: ['viewer'], canPublish: true })).toBe(false)
  })

  it('should refuse a publish by a plain editor', () => {
    expect(
      decideReview({ actor: editor, from: 'inReview', requested: 'inReview', publishing: true }),
    ).toEqual({ ok: false, problem: 'publishNotAllowed' })
  })

  it('should let an editor submit a draft for review', () => {
    expect(
      decideReview({ actor: editor, from: 'draft', requested: 'inReview', publishing: false }),
    ).toEqual({ ok: true, state: 'inReview' })
  })

  it('should let a reviewer return a submission only with a comment', () => {
    expect(
      decideReview({ actor: reviewer, from: 'inReview', requested: 'returned', publishing: false }),
    ).toEqual({ ok: false, problem: 'commentRequired' })
    expect(
      decideReview({
        actor: reviewer,
        from: 'inReview',
        requested: 'returned',
        publishing: false,
        comment: 'Bổ sung nguồn',
      }),
    ).toEqual({ ok: true, state: 'returned' })
    expect(
      decideReview({
        actor: editor,
        from: 'inReview',
        requested: 'returned',
        publishing: false,
        comment: 'x',
      }),
    ).toEqual({ ok: false, problem: 'transitionNotAllowed' })
  })

  it('should mark a published document published, and a later draft of it a draft again', () => {
    expect(
      decideReview({ actor: reviewer, from: 'inReview', requested: 'inReview', publishing: true }),
    ).toEqual({ ok: true, state: 'published' })
    expect(
      decideReview({ actor: editor, from: 'published', requested: 'published', publishing: false }),
    ).toEqual({ ok: true, state: 'draft' })
  })

  it('should not let anyone set "published" by hand, and say what to do instead', () => {
    expect(
      decideReview({ actor: reviewer, from: 'draft', requested: 'published', publishing: false }),
    ).toEqual({ ok: false, problem: 'publishWithButton' })
    expect(
      decideReview({ actor: editor, from: 'inReview', requested: 'published', publishing: false }),
    ).toEqual({ ok: false, problem: 'publishNotAllowed' })
  })
})

describe('public text', () => {
  it('should refuse scripts, event handlers and javascript: links', () => {
    expect(checkPublicText('Hay <script>alert(1)</script>', 500)).toBe('scriptNotAllowed')
    expect(checkPublicText('<img src=x onerror=alert(1)>', 500)).toBe('scriptNotAllowed')
    expect(checkPublicText('<a href="javascript:alert(1)">x</a>', 500)).toBe('scriptNotAllowed')
    expect(checkPublicText('< SCRIPT >', 500)).toBe('scriptNotAllowed')
  })

  it('should allow harmless formatting, which is later shown as text', () => {
    expect(checkPublicText('Bài viết <b>rất</b> hữu ích', 500)).toBeNull()
  })

  it('should refuse empty, oversized and link-stuffed text', () => {
    expect(checkPublicText('   ', 500)).toBe('empty')
    expect(checkPublicText('a'.repeat(501), 500)).toBe('tooLong')
    expect(checkPublicText('http://a.vn http://b.vn http://c.vn', 500)).toBe('tooManyLinks')
  })

  it('should allow submissions up to the limit and refuse the next', () => {
    expect(withinLimit(4, { max: 5, windowMs: 1 })).toBe(true)
    expect(withinLimit(5, { max: 5, windowMs: 1 })).toBe(false)
  })

  it('should summarise ratings', () => {
    expect(ratingSummary([])).toEqual({ count: 0, average: null })
    expect(ratingSummary([5, 4, 4])).toEqual({ count: 3, average: 4.3 })
  })
})

describe('unit report workflow', () => {
  const reporter = { roles: ['reporter'] }
  const reviewer = { roles: ['reviewer'] }
  const admin = { roles: ['admin'] }

  it('should let a reporter write a draft and submit it, then stop editing it', () => {
    expect(decideReportChange({ actor: reporter, from: null, to: 'draft', locked: false })).toEqual(
      { ok: true },
    )
    expect(
      decideReportChange({ actor: reporter, from: 'draft', to: 'submitted', locked: false }),
    ).toEqual({ ok: true })
    expect(
      decideReportChange({ actor: reporter, from: 'submitted', to: 'submitted', locked: false }),
    ).toEqual({ ok: false, problem: 'locked' })
    expect(
      decideReportChange({ actor: reporter, from: 'submitted', to: 'approved', locked: false }),
    ).toEqual({ ok: false, problem: 'notAllowed' })
  })

  it('should let a reviewer approve, or return with a reason', () => {
    expect(
      decideReportChange({ actor: reviewer, from: 'submitted', to: 'approved', locked: false }),
    ).toEqual({ ok: true })
    expect(
      decideReportChange({ actor: reviewer, from: 'submitted', to: 'returned', locked: false }),
    ).toEqual({ ok: false, problem: 'reasonRequired' })
    expect(
      decideReportChange({
        actor: reviewer,
        from: 'submitted',
        to: 'returned',
        locked: false,
        reason: 'Thiếu minh chứng',
      }),
    ).toEqual({ ok: true })
    expect(
      decideReportChange({ actor: reporter, from: 'returned', to: 'submitted', locked: false }),
    ).toEqual({ ok: true })
  })

  it('should lock approved and overdue reports for everyone but admins', () => {
    const deadline = new Date('2026-04-10T10:00:00Z')
    expect(isLocked({ status: 'approved', deadline: null, now: new Date(), reopened: false })).toBe(
      true,
    )
    expect(
      isLocked({
        status: 'draft',
        deadline,
        now: new Date('2026-04-11T00:00:00Z'),
        reopened: false,
      }),
    ).toBe(true)
    expect(
      isLocked({
        status: 'draft',
        deadline,
        now: new Date('2026-04-11T00:00:00Z'),
        reopened: true,
      }),
    ).toBe(false)
    expect(
      decideReportChange({ actor: reporter, from: 'draft', to: 'submitted', locked: true }),
    ).toEqual({ ok: false, problem: 'locked' })
    expect(
      decideReportChange({ actor: admin, from: 'approved', to: 'draft', locked: true }),
    ).toEqual({ ok: true })
  })

  it('should let reviewers decide on a report submitted in time after the deadline, and the unit mend a returned one', () => {
    const late = {
      deadline: new Date('2026-04-10T10:00:00Z'),
      now: new Date('2026-04-20T00:00:00Z'),
    }
    expect(isLocked({ status: 'submitted', ...late, reopened: false })).toBe(true)
    expect(
      decideReportChange({ actor: reviewer, from: 'submitted', to: 'approved', locked: true }),
    ).toEqual({ ok: true })
    expect(
      decideReportChange({
        actor: reviewer,
        from: 'submitted',
        to: 'returned',
        locked: true,
        reason: 'Thiếu số liệu tháng 3',
      }),
    ).toEqual({ ok: true })
    // The unit itself stays locked out of a submitted report; nobody but an admin changes an approved one.
    expect(
      decideReportChange({ actor: reporter, from: 'submitted', to: 'draft', locked: true }),
    ).toEqual({ ok: false, problem: 'locked' })
    expect(
      decideReportChange({
        actor: reviewer,
        from: 'approved',
        to: 'returned',
        locked: true,
        reason: 'x',
      }),
    ).toEqual({ ok: false, problem: 'locked' })
    // Returned for mending: the unit may send it again (it counts as late, by its first submission).
    expect(isLocked({ status: 'returned', ...late, reopened: false })).toBe(false)
    expect(
      decideReportChange({ actor: reporter, from: 'returned', to: 'submitted', locked: false }),
    ).toEqual({ ok: true })
  })
})
