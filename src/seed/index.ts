import type { Payload } from 'payload'

import { afterBulkWork } from '@/platform/bulk'
import { seedCampaignHistory, seedCampaigns } from '@/modules/campaigns'
import { seedContent } from '@/modules/content'
import { reorganiseDemoUnits, seedOrganisation } from '@/modules/organisation'

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
 * Fills an empty database with the demo province, each module its own part, in the order history
 * happened: Hà Tĩnh before 1 July 2025 (units, people, the 2025 plan's first half), the
 * reorganisations of 2025 (made by the same operation as the admin's wizard), then the province as
 * it is now (its content, stations, plans and reports). Running it again changes nothing. Every
 * part writes quietly, so derived data (broadcast tallies, the public cache) is rebuilt once at the end.
 */
export const seed = async (payload: Payload, options: SeedOptions): Promise<SeedReport> => {
  const organisation = await seedOrganisation(payload, options.admin)
  const history = await seedCampaignHistory(payload, organisation.units)
  const today = await reorganiseDemoUnits(payload)
  const content = await seedContent(payload, {
    // Today's content belongs to today's units: a closed unit's code names the unit it became.
    units: today.currentIds,
    editor: organisation.userIds.get('bientap@hatinh.demo')!,
    reviewer: organisation.userIds.get('pheduyet@hatinh.demo')!,
  })
  const campaigns = await seedCampaigns(payload, today.units)
  await afterBulkWork(payload)
  return {
    unitsCreated: organisation.unitsCreated + today.unitsCreated,
    usersCreated: organisation.usersCreated,
    ...content,
    plansCreated: history.plansCreated + campaigns.plansCreated,
  }
}
