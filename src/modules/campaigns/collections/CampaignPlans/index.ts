import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin, isStaffField } from '@/platform/access/predicates'
import { dateTimeField, dayField } from '@/platform/fields/dateTime'
import { slugs } from '@/platform/slugs'
import { unitLevels } from '@/modules/organisation'
import { planWriters, readPlans } from '@/modules/campaigns/access'
import { DEFAULT_REPORTING_LEVELS } from '@/modules/campaigns/domain/deadlines'
import { DEFAULT_PERIOD_SETTINGS, periodBases } from '@/modules/campaigns/domain/reportingWindows'
import {
  DEFAULT_ESCALATION_STEP_DAYS,
  DEFAULT_REPORT_REMINDER_DAYS,
} from '@/modules/campaigns/domain/reminders'
import { figureKeys } from '@/modules/campaigns/domain/vocabulary'
import { periodOptions } from '@/modules/campaigns/fields/periodOptions'
import { label, t } from '@/modules/campaigns/i18n'

import {
  complianceEndpoint,
  complianceExportEndpoint,
  planDocumentEndpoint,
} from './endpoints/compliance'
import { keepEvidenceInternal } from '@/modules/campaigns/hooks/keepEvidenceInternal'
import { refreshReportStanding } from './hooks/refreshReportStanding'

const staffOnly = { read: isStaffField } as const

/**
 * A yearly outreach plan ("Kế hoạch số 163/KH-UBND"): what it covers, its key tasks, who takes part
 * and when reports are due. Its target indicators live in their own collection.
 */
export const CampaignPlans: CollectionConfig = {
  slug: slugs.campaignPlans,
  labels: { singular: label('plans.singular'), plural: label('plans.plural') },
  defaultSort: '-year',
  admin: {
    useAsTitle: 'title',
    group: label('group.campaigns'),
    defaultColumns: ['number', 'title', 'year', 'issuingUnit', 'isPublic'],
    listSearchableFields: ['number', 'title'],
    components: {
      edit: {
        beforeDocumentControls: [
          '/src/modules/campaigns/collections/CampaignPlans/components/ScorecardLink#ScorecardLink',
        ],
      },
    },
  },
  access: { read: readPlans, create: planWriters, update: planWriters, delete: isAdmin },
  endpoints: [complianceEndpoint, complianceExportEndpoint, planDocumentEndpoint],
  hooks: {
    beforeChange: [keepEvidenceInternal('signedDocument')],
    afterChange: [refreshReportStanding],
  },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'number',
          type: 'text',
          required: true,
          label: label('plan.number'),
          admin: { description: label('plan.number.description') },
        },
        dayField({ name: 'issueDate', required: true, label: label('plan.issueDate') }),
        {
          name: 'year',
          type: 'number',
          required: true,
          min: 2000,
          max: 2100,
          label: label('plan.year'),
        },
      ],
    },
    { name: 'title', type: 'text', required: true, label: label('plan.title') },
    {
      name: 'issuingUnit',
      type: 'relationship',
      relationTo: slugs.units,
      required: true,
      label: label('plan.issuingUnit'),
    },
    {
      type: 'row',
      fields: [
        dayField({ name: 'periodStart', label: label('plan.periodStart') }),
        dayField({
          name: 'periodEnd',
          label: label('plan.periodEnd'),
          validate: (
            value: unknown,
            { siblingData, req }: { siblingData: Record<string, unknown>; req: PayloadRequest },
          ) =>
            !value ||
            !siblingData.periodStart ||
            new Date(value as string) > new Date(siblingData.periodStart as string)
              ? true
              : t(req, 'plan.periodEndBeforeStart'),
        }),
      ],
    },
    {
      name: 'isPublic',
      type: 'checkbox',
      defaultValue: false,
      label: label('plan.isPublic'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'publicSummary',
      type: 'textarea',
      label: label('plan.publicSummary'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'reformAreas',
      type: 'relationship',
      relationTo: slugs.reformAreas,
      hasMany: true,
      label: label('plan.reformAreas'),
    },
    {
      name: 'channels',
      type: 'relationship',
      relationTo: slugs.outreachChannels,
      hasMany: true,
      label: label('plan.channels'),
    },
    {
      name: 'topics',
      type: 'array',
      label: label('plan.topics'),
      access: staffOnly,
      fields: [{ name: 'topic', type: 'text', required: true, label: label('plan.topic') }],
    },
    {
      name: 'keyTasks',
      type: 'array',
      label: label('plan.keyTasks'),
      access: staffOnly,
      admin: { initCollapsed: true },
      fields: [
        { name: 'title', type: 'text', required: true, label: label('plan.task') },
        {
          type: 'row',
          fields: [
            {
              name: 'area',
              type: 'relationship',
              relationTo: slugs.reformAreas,
              label: label('plan.taskArea'),
            },
            {
              name: 'owner',
              type: 'relationship',
              relationTo: slugs.units,
              label: label('plan.taskOwner'),
            },
            dayField({ name: 'due', label: label('plan.taskDue') }),
            dayField({ name: 'doneOn', label: label('plan.taskDoneOn') }),
            {
              name: 'status',
              type: 'select',
              defaultValue: 'notStarted',
              label: label('plan.taskStatus'),
              options: (['notStarted', 'inProgress', 'done'] as const).map((value) => ({
                value,
                label: label(`plan.task.${value}`),
              })),
            },
          ],
        },
      ],
    },
    {
      name: 'signedDocument',
      type: 'upload',
      relationTo: slugs.media,
      label: label('plan.signedDocument'),
      access: staffOnly,
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'participatingRoot',
          type: 'relationship',
          relationTo: slugs.units,
          required: true,
          label: label('plan.root'),
        },
        {
          name: 'excludedUnits',
          type: 'relationship',
          relationTo: slugs.units,
          hasMany: true,
          label: label('plan.excluded'),
          access: staffOnly,
        },
      ],
    },
    {
      name: 'reportingLevels',
      type: 'select',
      hasMany: true,
      label: label('plan.reportingLevels'),
      access: staffOnly,
      defaultValue: [...DEFAULT_REPORTING_LEVELS],
      options: unitLevels.map((value) => ({ value, label: label(`level.${value}`) })),
    },
    {
      // How the plan counts its periods; every count of the plan reads it through `periodWindow`.
      name: 'periods',
      type: 'group',
      label: label('plan.periods'),
      admin: { description: label('plan.periods.description') },
      fields: [
        {
          name: 'basis',
          type: 'radio',
          defaultValue: DEFAULT_PERIOD_SETTINGS.basis,
          label: label('plan.periods.basis'),
          options: periodBases.map((value) => ({
            value,
            label: label(`plan.periods.basis.${value}`),
          })),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'windowStartDay',
              type: 'number',
              min: 1,
              max: 28,
              defaultValue: DEFAULT_PERIOD_SETTINGS.windowStartDay,
              label: label('plan.periods.windowStartDay'),
              admin: {
                description: label('plan.periods.windowStart.description'),
                condition: (_, siblingData) => siblingData?.basis === 'reportingWindows',
              },
            },
            {
              name: 'windowStartMonth',
              type: 'number',
              min: 10,
              max: 12,
              defaultValue: DEFAULT_PERIOD_SETTINGS.windowStartMonth,
              label: label('plan.periods.windowStartMonth'),
              admin: { condition: (_, siblingData) => siblingData?.basis === 'reportingWindows' },
            },
          ],
        },
        {
          type: 'row',
          fields: [
            {
              name: 'unitDeadlineDay',
              type: 'number',
              min: 1,
              max: 30,
              defaultValue: DEFAULT_PERIOD_SETTINGS.unitDeadlineDay,
              label: label('plan.periods.unitDeadlineDay'),
              admin: {
                description: label('plan.periods.unitDeadlineDay.description'),
                condition: (_, siblingData) => siblingData?.basis === 'reportingWindows',
              },
            },
            {
              name: 'provinceDeadlineDay',
              type: 'number',
              min: 1,
              max: 30,
              defaultValue: DEFAULT_PERIOD_SETTINGS.provinceDeadlineDay,
              label: label('plan.periods.provinceDeadlineDay'),
              admin: {
                description: label('plan.periods.provinceDeadlineDay.description'),
                condition: (_, siblingData) => siblingData?.basis === 'reportingWindows',
              },
            },
            {
              name: 'graceDays',
              type: 'number',
              min: 0,
              max: 30,
              defaultValue: DEFAULT_PERIOD_SETTINGS.graceDays,
              label: label('plan.periods.graceDays'),
              admin: { description: label('plan.periods.graceDays.description') },
            },
          ],
        },
      ],
    },
    {
      name: 'reportDeadlines',
      type: 'array',
      label: label('plan.deadlines'),
      access: staffOnly,
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'period',
              type: 'select',
              required: true,
              label: label('plan.deadlinePeriod'),
              options: periodOptions,
            },
            dateTimeField({ name: 'deadline', required: true, label: label('plan.deadline') }),
          ],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'reminderDays',
          type: 'number',
          hasMany: true,
          min: 1,
          max: 60,
          defaultValue: DEFAULT_REPORT_REMINDER_DAYS,
          label: label('plan.reminderDays'),
          access: staffOnly,
          admin: { description: label('plan.reminderDays.description') },
        },
        {
          name: 'escalationStepDays',
          type: 'number',
          min: 1,
          max: 30,
          defaultValue: DEFAULT_ESCALATION_STEP_DAYS,
          label: label('plan.escalationStepDays'),
          access: staffOnly,
        },
      ],
    },
    {
      name: 'requiredFigures',
      type: 'select',
      hasMany: true,
      label: label('plan.requiredFigures'),
      access: staffOnly,
      options: figureKeys.map((value) => ({ value, label: label(`figure.${value}`) })),
    },
  ],
}
