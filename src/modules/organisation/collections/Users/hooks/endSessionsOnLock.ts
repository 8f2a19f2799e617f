import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/** Locking an account by hand also ends the sessions it has open (their tokens stop working). */
export const endSessionsOnLock: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  const until = data.lockedUntil ? Date.parse(data.lockedUntil) : NaN
  const wasUntil = originalDoc?.lockedUntil ? Date.parse(originalDoc.lockedUntil) : NaN
  if (until > Date.now() && until !== wasUntil) return { ...data, sessions: [] }
  return data
}
