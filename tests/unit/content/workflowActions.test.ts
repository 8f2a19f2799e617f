import { describe, expect, it } from '@jest/globals'
import {
  decideEditorialAction,
  editorialActions,
  isEditorialAction,
  type EditorialActor,
} from '@/modules/content/domain/workflow'
import {
  decideReportAction,
  decideReportChange,
  isReportAction,
  reportActionChange,
  reportActions,
} from '@/modules/campaigns/domain/reportWorkflow'

const editor: EditorialActor = { roles: ['editor'] }
const trustedEditor: EditorialActor = { roles: ['editor'], canPublish: true }
const reviewer: EditorialActor = { roles: ['reviewer'] }
const admin: EditorialActor = { roles: ['admin'] }
const viewer: EditorialActor = { roles: ['viewer'] }
const reporter = { roles: ['reporter'] }

describe('editorial workflow buttons', () => {
  it('should offer an editor only "submit", on a draft or a returned document', () => {
    expect(editorialActions({ actor: editor, state: 'draft', live: false })).toEqual(['submit'])
    expect(editorialActions({ actor: editor, state: 'returned', live: false })).toEqual(['submit'])
    expect(editorialActions({ actor: editor, state: 'inReview', live: false })).toEqual([])
    expect(editorialActions({ actor: editor, state: 'published', live: true })).toEqual([])
  })

  it('should offer a reviewer return and publish on a document in review', () => {
    expect(editorialActions({ actor: reviewer, state: 'inReview', live: false })).toEqual([
      'return',
      'publish',
    ])
    expect(editorialActions({ actor: admin, state: 'inReview', live: true })).toEqual([
      'return',
      'publish',
      'unpublish',
    ])
  })

  it('should offer unpublish only on live content, to those who may publish', () => {
    expect(editorialActions({ actor: reviewer, state: 'published', live: true })).toEqual([
      'unpublish',
    ])
    expect(editorialActions({ actor: trustedEditor, state: 'published', live: true })).toEqual([
      'unpublish',
    ])
    expect(
      decideEditorialAction({ actor: editor, action: 'unpublish', state: 'published', live: true }),
    ).toEqual({
      ok: false,
      problem: 'publishNotAllowed',
    })
    expect(
      decideEditorialAction({ actor: reviewer, action: 'unpublish', state: 'draft', live: false }),
    ).toEqual({ ok: false, problem: 'transitionNotAllowed' })
  })

  it('should refuse a plain editor publishing and anyone else every step', () => {
    expect(
      decideEditorialAction({ actor: editor, action: 'publish', state: 'inReview', live: false }),
    ).toEqual({ ok: false, problem: 'publishNotAllowed' })
    expect(
      decideEditorialAction({ actor: editor, action: 'return', state: 'inReview', live: false }),
    ).toEqual({ ok: false, problem: 'transitionNotAllowed' })
    expect(editorialActions({ actor: viewer, state: 'draft', live: false })).toEqual([])
    expect(editorialActions({ actor: null, state: 'inReview', live: true })).toEqual([])
  })

  it('should know its action names', () => {
    expect(isEditorialAction('submit')).toBe(true)
    expect(isEditorialAction('approve')).toBe(false)
    expect(isEditorialAction(undefined)).toBe(false)
  })
})

describe('report workflow buttons', () => {
  it('should offer the unit "submit" on a draft or returned report it may still change', () => {
    expect(reportActions({ actor: reporter, status: 'draft', locked: false })).toEqual(['submit'])
    expect(reportActions({ actor: reporter, status: 'returned', locked: false })).toEqual([
      'submit',
    ])
    expect(reportActions({ actor: reporter, status: 'submitted', locked: false })).toEqual([])
    expect(reportActions({ actor: reporter, status: 'draft', locked: true })).toEqual([])
    expect(
      decideReportAction({ actor: reporter, action: 'submit', status: 'draft', locked: true }),
    ).toEqual({
      ok: false,
      problem: 'locked',
    })
  })

  it('should never offer a reporter review steps', () => {
    for (const status of ['draft', 'submitted', 'approved', 'returned'] as const)
      for (const action of ['return', 'approve', 'reopen'] as const)
        expect(decideReportAction({ actor: reporter, action, status, locked: false })).toEqual({
          ok: false,
          problem: 'notAllowed',
        })
  })

  it('should offer a reviewer return and approve on a submitted report, even past the deadline', () => {
    const reviewerActor = { roles: ['reviewer'] }
    expect(reportActions({ actor: reviewerActor, status: 'submitted', locked: true })).toEqual([
      'return',
      'approve',
    ])
    expect(reportActions({ actor: reviewerActor, status: 'approved', locked: true })).toEqual([])
  })

  it('should offer an admin "reopen" on an approved or locked report', () => {
    const adminActor = { roles: ['admin'] }
    expect(reportActions({ actor: adminActor, status: 'approved', locked: true })).toEqual([
      'reopen',
    ])
    expect(reportActions({ actor: adminActor, status: 'draft', locked: true })).toEqual([
      'submit',
      'reopen',
    ])
    expect(reportActions({ actor: adminActor, status: 'draft', locked: false })).toEqual(['submit'])
  })

  it('should reopen as a draft the unit may then change and submit', () => {
    const change = reportActionChange('reopen')
    expect(change).toEqual({ status: 'draft', reopened: true })
    // The admin's reopening write is allowed on an approved (locked) report…
    expect(
      decideReportChange({
        actor: { roles: ['admin'] },
        from: 'approved',
        to: 'draft',
        locked: true,
      }),
    ).toEqual({ ok: true })
    // …and afterwards (reopened: not locked) the unit submits it again.
    expect(
      decideReportChange({ actor: reporter, from: 'draft', to: 'submitted', locked: false }),
    ).toEqual({ ok: true })
    expect(reportActions({ actor: reporter, status: 'draft', locked: false })).toEqual(['submit'])
  })

  it('should write the reason with a return', () => {
    expect(reportActionChange('return', 'Thiếu số liệu')).toEqual({
      status: 'returned',
      returnReason: 'Thiếu số liệu',
    })
    expect(isReportAction('reopen')).toBe(true)
    expect(isReportAction('publish')).toBe(false)
  })
})
