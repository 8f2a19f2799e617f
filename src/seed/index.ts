import type { Payload } from 'payload'

import { afterBulkWork } from '@/platform/bulk'
import { seedCampaigns } from '@/modules/campaigns'
import { seedContent } from '@/modules/content'
import { seedOrganisation } from '@/modules/organisation'

export type SeedOptions = { admin: { email: string; password: string } }
export type SeedReport = {
  unitsCreated: number
  usersCreated: number
  mediaCreated: number
  articlesCreated: number
  faqsCreated: number
  plansCreated: number
}

/**
 * Fills an empty database with the demo province, each module its own part, in dependency order;
 * running it again changes nothing. Every part writes quietly, so derived data (broadcast tallies,
 * the public cache) is rebuilt once at the end.
 */
export const seed = async (payload: Payload, options: SeedOptions): Promise<SeedReport> => {
  const organisation = await seedOrganisation(payload, options.admin)
  const content = await seedContent(payload, {
    units: organisation.unitIds,
    editor: organisation.userIds.get('bientap@hatinh.demo')!,
    reviewer: organisation.userIds.get('pheduyet@hatinh.demo')!,
  })
  const campaigns = await seedCampaigns(payload, organisation.units)
  await afterBulkWork(payload)
  return {
    unitsCreated: organisation.unitsCreated,
    usersCreated: organisation.usersCreated,
    ...content,
    ...campaigns,
  }
}
