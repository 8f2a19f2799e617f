import type { Payload } from 'payload'

import { slugs } from '@/platform/slugs'
import { seedCampaigns } from '@/modules/campaigns/seed'
import { seedContent } from '@/modules/content/seed'
import { drawBanner } from '@/modules/content/seed/images'
import { demoMailDomain, seedUnits } from '@/modules/organisation/seed/units'
import { DEMO_PASSWORD, seedUsers } from '@/modules/organisation/seed/users'

export type SeedOptions = { admin: { email: string; password: string } }
export type SeedReport = { unitsCreated: number; usersCreated: number; mediaCreated: number; articlesCreated: number; faqsCreated: number; plansCreated: number }

/** Seeding is the system acting, not a user: it writes with access control off, on purpose. */
const system = { overrideAccess: true, depth: 0 } as const

const ensureUnits = async (payload: Payload): Promise<{ ids: Map<string, number | string>; created: number }> => {
  const ids = new Map<string, number | string>()
  let created = 0
  for (const unit of seedUnits) {
    const { docs } = await payload.find({ collection: slugs.units, where: { code: { equals: unit.code.toUpperCase() } }, limit: 1, ...system })
    const existing = docs[0]
    if (existing) {
      ids.set(unit.code, existing.id)
      continue
    }
    const doc = await payload.create({
      collection: slugs.units,
      data: {
        name: unit.name,
        code: unit.code,
        level: unit.level,
        parent: unit.parent ? (ids.get(unit.parent) as number) : null,
        contactEmails: [{ email: `${unit.code.toLowerCase()}@${demoMailDomain}` }],
        portalUrl: unit.portal ? `https://${unit.code.toLowerCase()}.${demoMailDomain}` : null,
        hasRadioStation: Boolean(unit.radio),
        hasOneStopDesk: Boolean(unit.desk),
        postOfficeCulturePoints: unit.postOffices ?? 0,
      },
      ...system,
    })
    ids.set(unit.code, doc.id)
    created++
  }
  return { ids, created }
}

const ensureUsers = async (payload: Payload, options: SeedOptions, unitIds: Map<string, number | string>): Promise<number> => {
  const wanted = [
    { email: options.admin.email, password: options.admin.password, name: 'Quản trị hệ thống', roles: ['admin' as const], unit: 'HT', apiKey: false },
    ...seedUsers.map((user) => ({ ...user, password: DEMO_PASSWORD, apiKey: Boolean(user.apiKey) })),
  ]
  let created = 0
  for (const user of wanted) {
    const found = await payload.count({ collection: slugs.users, where: { email: { equals: user.email.toLowerCase() } }, ...system })
    if (found.totalDocs > 0) continue
    await payload.create({
      collection: slugs.users,
      data: {
        email: user.email,
        password: user.password,
        name: user.name,
        roles: user.roles,
        unit: unitIds.get(user.unit) as number,
        language: 'vi',
        ...(user.apiKey ? { enableAPIKey: true, apiKey: crypto.randomUUID() } : {}),
      },
      ...system,
    })
    created++
  }
  return created
}

const ensureMedia = async (payload: Payload, unitIds: Map<string, number | string>): Promise<number> => {
  const banners = [
    { name: 'demo-banner-cchc.jpg', hue: 205, alt: 'Ảnh minh họa chuyên mục cải cách hành chính của tỉnh', credit: 'Ảnh minh họa: Sở Nội vụ' },
    { name: 'demo-banner-mot-cua.jpg', hue: 150, alt: 'Ảnh minh họa bộ phận một cửa tiếp nhận hồ sơ của người dân', credit: 'Ảnh minh họa: Trung tâm Phục vụ hành chính công' },
  ]
  let created = 0
  for (const banner of banners) {
    const found = await payload.count({ collection: slugs.media, where: { filename: { equals: banner.name } }, ...system })
    if (found.totalDocs > 0) continue
    const data = await drawBanner(banner.hue)
    await payload.create({
      collection: slugs.media,
      data: { alt: banner.alt, credit: banner.credit, visibility: 'public', unit: unitIds.get('HT') as number },
      file: { data, mimetype: 'image/jpeg', name: banner.name, size: data.length },
      ...system,
    })
    created++
  }
  return created
}

/** Fills an empty database with the demo province; running it again changes nothing. */
export const seed = async (payload: Payload, options: SeedOptions): Promise<SeedReport> => {
  const { ids, created: unitsCreated } = await ensureUnits(payload)
  const usersCreated = await ensureUsers(payload, options, ids)
  const mediaCreated = await ensureMedia(payload, ids)
  const userId = async (email: string) =>
    (await payload.find({ collection: slugs.users, where: { email: { equals: email } }, limit: 1, ...system })).docs[0]!.id
  const content = await seedContent(payload, {
    units: ids,
    editor: await userId('bientap@hatinh.demo'),
    reviewer: await userId('pheduyet@hatinh.demo'),
  })
  const campaigns = await seedCampaigns(payload, ids)
  return { unitsCreated, usersCreated, mediaCreated, ...content, ...campaigns }
}
