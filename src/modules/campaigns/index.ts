import type { CollectionConfig, Endpoint, GlobalConfig, Plugin } from 'payload'

import type { AppExtensions, AppModule } from '@/platform/module'

import { Airings } from './collections/Airings'
import { BroadcastItems } from './collections/BroadcastItems'
import { BroadcastTallies } from './collections/BroadcastTallies'
import { CampaignPlans } from './collections/CampaignPlans'
import { ComplianceSnapshots } from './collections/ComplianceSnapshots'
import { DocumentRegister } from './collections/DocumentRegister'
import { ScorecardStamps } from './collections/ScorecardStamps'
import { OutreachChannels } from './collections/OutreachChannels'
import { Outlets } from './collections/Outlets'
import { TargetIndicators } from './collections/TargetIndicators'
import { UnitReports } from './collections/UnitReports'
import { scorecardCachePlugin, scorecardsRebuilt } from './compliance/scorecardCache'
import { rebuildTallies } from './compliance/tallies'
import { checkCampaignSettings } from './config'
import { campaignSchedules, campaignTasks } from './jobs'
import { mailTemplates } from './mail'
import { outletSuccession } from './succession'
import { campaignToDo } from './tasks'

/**
 * Campaigns: yearly outreach plans and their target indicators, outlets and the broadcast schedule,
 * airing confirmations and their tallies, unit reports, the compliance engine and its scorecard,
 * nightly snapshots, and the jobs that remind and escalate.
 */
export const collections: CollectionConfig[] = [
  CampaignPlans,
  TargetIndicators,
  BroadcastItems,
  Airings,
  BroadcastTallies,
  UnitReports,
  DocumentRegister,
  Outlets,
  OutreachChannels,
  ComplianceSnapshots,
  ScorecardStamps,
]
export const globals: GlobalConfig[] = []
export const endpoints: Endpoint[] = []
export const tasks = campaignTasks
export { messages } from './messages'
/** Drops kept scorecards when what they were computed from changes, on every instance. */
export const plugins: Plugin[] = [scorecardCachePlugin]

export const adminViews: AppModule['adminViews'] = {
  scorecard: {
    Component: '/src/modules/campaigns/views/Scorecard#ScorecardView',
    path: '/scorecard',
  },
  broadcastCalendar: {
    Component: '/src/modules/campaigns/views/BroadcastCalendar#BroadcastCalendarView',
    path: '/broadcast-calendar',
  },
  airingsDue: {
    Component: '/src/modules/campaigns/views/AiringsDue#AiringsDueView',
    path: '/airings-due',
  },
  reportPrint: {
    Component: '/src/modules/campaigns/views/ReportPrint#ReportPrintView',
    path: '/reports/:id/print',
  },
}
export const afterNavLinks = ['/src/modules/campaigns/components/CampaignNavLinks#CampaignNavLinks']

export const extensions: Partial<AppExtensions> = {
  schedules: campaignSchedules,
  mailTemplates,
  configChecks: [checkCampaignSettings],
  // Bulk work skips the per-write recounts; one rebuild afterwards.
  bulkRebuilders: [
    async (payload) => void (await rebuildTallies(payload)),
    // After the tallies: the rebuild may have changed them.
    scorecardsRebuilt,
  ],
  // Outlets and their coming broadcasts follow units into a reorganisation.
  successionSteps: [outletSuccession],
  taskCounters: [campaignToDo],
}

export {
  buildScorecard,
  loadComplianceInput,
  type Scorecard,
  type ScorecardView,
} from './compliance/scorecard'
export { scorecardFor } from './compliance/scorecardCache'
export { rebuildTallies } from './compliance/tallies'
export { planPeriodSettings } from './compliance/periodWindows'
export {
  planDeadlineSelect,
  planDeadlinesOf,
  unitFactsOf,
  unitFactsSelect,
} from './compliance/owedReports'
export { missedAfterHours } from './config'
export { reportDeadlinesOf, type PlanDeadlines, type UnitDeadline } from './domain/deadlines'
export type { UnitFacts } from './domain/engine'
export { icalRecurrenceRule } from './domain/icalRule'
export {
  formatPeriod,
  lastFinishedQuarter,
  parsePeriod,
  periodLabel,
  periodRange,
  type Period,
} from './domain/periods'
export { airingsOf, scheduleOf } from './domain/recurrence'
export { broadcastChannels, type BroadcastChannel } from './domain/vocabulary'
export { periodBases } from './domain/reportingWindows'
export { itemsAiringBetween } from './jobs/broadcasts'
export { seedCampaignHistory, seedCampaigns, type SeedUnitFacts } from './seed'
