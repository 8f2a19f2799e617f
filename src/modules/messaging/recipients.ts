import type { Payload } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { languageOf, type Language } from '@/platform/i18n/catalog'
import type { Role } from '@/platform/roles'
import { slugs } from '@/platform/slugs'

type Id = number | string
export type Recipient = { email: string; name: string; language: Language }
export type UnitContacts = { unitId: Id; unitName: string; recipients: Recipient[] }

/** Roles whose holders speak for a unit's outreach: they are told about its airings and reports. */
const OUTREACH_ROLES: Role[] = ['editor', 'reporter']

/**
 * Who hears about a unit: its communications staff (editors and reporters assigned to it, each in
 * their own language) and its contact addresses (in Vietnamese). One entry per address. A system
 * read: notifications go out whoever triggered the run.
 */
export const unitContacts = async (payload: Payload, unitId: Id): Promise<UnitContacts | null> => {
  const system = asSystem(payload)
  const unit = await system.findByID({
    collection: slugs.units,
    id: unitId,
    depth: 0,
    disableErrors: true,
    select: { name: true, contactEmails: true, active: true },
  })
  if (!unit) return null
  const { docs: users } = await system.find({
    collection: slugs.users,
    where: { and: [{ unit: { equals: unitId } }, { roles: { in: OUTREACH_ROLES } }] },
    depth: 0,
    pagination: false,
    select: { email: true, name: true, language: true },
  })
  const seen = new Set<string>()
  const recipients: Recipient[] = []
  const add = (email: string | null | undefined, name: string, language: unknown) => {
    const address = email?.trim()
    if (!address || seen.has(address.toLowerCase())) return
    seen.add(address.toLowerCase())
    recipients.push({ email: address, name, language: languageOf(language) })
  }
  for (const user of users) add(user.email, user.name ?? unit.name, user.language)
  for (const row of unit.contactEmails ?? []) add(row.email, unit.name, 'vi')
  return { unitId, unitName: unit.name, recipients }
}

/** Looks up each unit once per run. */
export const contactsCache = (payload: Payload) => {
  const cache = new Map<string, Promise<UnitContacts | null>>()
  return (unitId: Id): Promise<UnitContacts | null> => {
    const key = String(unitId)
    if (!cache.has(key)) cache.set(key, unitContacts(payload, unitId))
    return cache.get(key)!
  }
}
