import { describe, expect, it } from '@jest/globals'
import {
  chooseRecipients,
  contentEvent,
  eventKey,
  notificationKey,
  reportEvent,
} from '@/modules/messaging/domain/notifications'

describe('which saves notify', () => {
  it('should name a move into review, a return and a publication of content, and nothing else', () => {
    expect(contentEvent('draft', 'inReview')).toBe('reviewRequested')
    expect(contentEvent('returned', 'inReview')).toBe('reviewRequested')
    expect(contentEvent('inReview', 'returned')).toBe('contentReturned')
    expect(contentEvent('inReview', 'published')).toBe('contentPublished')
    expect(contentEvent('draft', 'published')).toBe('contentPublished')
    expect(contentEvent('inReview', 'inReview')).toBeNull()
    expect(contentEvent('published', 'published')).toBeNull()
    expect(contentEvent('inReview', 'draft')).toBeNull()
    expect(contentEvent('draft', undefined)).toBeNull()
  })

  it('should name a submission, a return and an approval of a report, and nothing else', () => {
    expect(reportEvent(null, 'submitted')).toBe('reportSubmitted')
    expect(reportEvent('returned', 'submitted')).toBe('reportSubmitted')
    expect(reportEvent('submitted', 'returned')).toBe('reportReturned')
    expect(reportEvent('submitted', 'approved')).toBe('reportApproved')
    expect(reportEvent('approved', 'approved')).toBeNull()
    expect(reportEvent(null, 'draft')).toBeNull()
    expect(reportEvent('approved', 'draft')).toBeNull()
  })
})

describe('one notification per event and person', () => {
  it('should key an event by document, transition and version, and a notification by recipient', () => {
    const event = {
      collection: 'articles',
      docId: 12,
      kind: 'reviewRequested' as const,
      version: '2026-11-30T05:00:00.000Z',
    }
    expect(eventKey(event)).toBe('articles:12:reviewRequested:2026-11-30T05:00:00.000Z')
    expect(eventKey(event)).toBe(eventKey({ ...event }))
    expect(eventKey({ ...event, version: '2026-11-30T06:00:00.000Z' })).not.toBe(eventKey(event))
    expect(eventKey({ ...event, kind: 'contentReturned' })).not.toBe(eventKey(event))
    expect(notificationKey(eventKey(event), 7)).not.toBe(notificationKey(eventKey(event), 8))
  })

  it('should tell each person once, never the actor, never someone who turned the kind off', () => {
    const people = [
      { id: 1 },
      { id: 2, notificationsOff: ['reportApproved'] },
      { id: 3, notificationsOff: ['reviewRequested'] },
      { id: 1 },
      { id: '4' },
    ]
    expect(chooseRecipients(people, 'reviewRequested', 4).map((p) => p.id)).toEqual([1, 2])
    expect(chooseRecipients(people, 'reportApproved', null).map((p) => p.id)).toEqual([1, 3, '4'])
  })
})
