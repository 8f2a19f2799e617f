import type { CollectionBeforeChangeHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Locking an account by hand ends every session it has open; a changed password or email ends all
 * but the one the change was made in (their tokens stop working at once).
 */
export const endSessions: CollectionBeforeChangeHook<User> = ({ data, originalDoc, req }) => {
  const until = data.lockedUntil ? Date.parse(data.lockedUntil) : NaN
  const wasUntil = originalDoc?.lockedUntil ? Date.parse(originalDoc.lockedUntil) : NaN
  if (until > Date.now() && until !== wasUntil) return { ...data, sessions: [] }
  if (req.context.credentialsChanged && originalDoc) {
    // Payload's JWT strategy puts the session id on the user it authenticates, untyped.
    const sid = (req.user as { _sid?: string } | null)?._sid
    const own = req.user && String(req.user.id) === String(originalDoc.id) ? sid : null
    const sessions = (originalDoc.sessions ?? []).filter((session) => session.id === own)
    return { ...data, sessions }
  }
  return data
}
