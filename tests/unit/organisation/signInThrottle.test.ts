import { describe, expect, it } from '@jest/globals'
import {
  afterFailure,
  FORGET_AFTER_MS,
  MAX_WAIT_SECONDS,
  retryAfter,
  waitSeconds,
} from '@/modules/organisation/domain/signInThrottle'

describe('"failed sign-ins slow the guessing client down, never lock the owner out"', () => {
  it('should let the first three failures through at once, then double the wait', () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(waitSeconds)).toEqual([0, 0, 1, 2, 4, 8, 128])
  })

  it('should never make anyone wait more than fifteen minutes', () => {
    expect(waitSeconds(40)).toBe(MAX_WAIT_SECONDS)
  })

  it('should ask a client to wait only until its wait is over', () => {
    let state = afterFailure(null, 0)
    state = afterFailure(state, 1000)
    expect(retryAfter(state, 1000)).toBeNull()
    state = afterFailure(state, 2000)
    state = afterFailure(state, 3000)
    expect(state.failures).toBe(4)
    expect(retryAfter(state, 3500)).toBe(5000)
    expect(retryAfter(state, 5000)).toBeNull()
  })

  it('should start afresh after a quiet day', () => {
    let state = afterFailure(null, 0)
    for (let i = 1; i < 8; i++) state = afterFailure(state, i)
    expect(afterFailure(state, 7 + FORGET_AFTER_MS).failures).toBe(1)
    expect(retryAfter(state, 7 + FORGET_AFTER_MS)).toBeNull()
  })
})
