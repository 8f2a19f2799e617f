import type { CollectionConfig, Endpoint, Field } from 'payload'

import { asUser } from '@/platform/access/asUser'
import { isAdminField, nobodyField } from '@/platform/access/predicates'
import { dateTimeField } from '@/platform/fields/dateTime'
import { vietnameseNumberInput } from '@/platform/fields/vietnameseNumber'
import { requireUser, searchParams } from '@/platform/http'
import { languageOf } from '@/platform/i18n/catalog'
import { hasRole } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { audit } from '@/modules/organisation'
import { spreadsheetResponse } from '@/platform/spreadsheet'
import { ownerUnitField, scopedByUnit } from '@/modules/organisation'
import { campaignReaders } from '@/modules/campaigns/access'
import { reportsTable } from '@/modules/campaigns/compliance/exportReports'
import { isPeriodKey } from '@/modules/campaigns/domain/periods'
import { reportStatuses } from '@/modules/campaigns/domain/reportWorkflow'
import { figureKeys, figureRanges, reportFigures } from '@/modules/campaigns/domain/vocabulary'
import { periodOptions } from '@/modules/campaigns/fields/periodOptions'
import { label, refused, t } from '@/modules/campaigns/i18n'
import { keepEvidenceInternal } from '@/modules/campaigns/hooks/keepEvidenceInternal'

import { documentFields, narrativeFields } from './documentFields'
import { defaultPeriod, defaultPlan } from './defaults'
import { reportActionEndpoint } from './endpoints/actions'
import { reportDocumentEndpoint } from './endpoints/document'
import { auditReportDecisions } from './hooks/auditReportDecisions'
import { notifyReportDecisions } from './hooks/notifyReportDecisions'
import { enforceReportRules } from './hooks/reportWorkflow'

/** `GET /api/unit-reports/export?plan=…&period=Q1&format=xlsx|csv`: the reports the caller may read. */
const exportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    requireUser(req)
    const query = searchParams(req)
    const plan = query.get('plan')
    if (!plan) throw refused(req, 'reports.planRequired')
    const period = query.get('period')
    if (period && !isPeriodKey(period)) throw refused(req, 'report.periodInvalid', { period })
    // A plan that does not exist (or that the caller may not read) is a 404, as its page would be.
    await asUser(req).findByID({ collection: slugs.campaignPlans, id: plan, depth: 0 })
    const table = await reportsTable(req, plan, period, languageOf(req.i18n?.language))
    await audit(req, {
      action: 'export.downloaded',
      collection: slugs.unitReports,
      summary: { plan, period, format: query.get('format') ?? 'xlsx' },
    })
    return spreadsheetResponse(table, {
      name: `bao-cao-${plan}${period ? `-${period}` : ''}`,
      format: query.get('format'),
      sheetName: t(req, 'reports.plural'),
    })
  },
}

/** A reported figure: a yes/no box, or a number in its kind's range typed the Vietnamese way. */
const figureField = (key: (typeof figureKeys)[number]): Field => {
  const kind = reportFigures[key]
  if (kind === 'boolean') return { name: key, type: 'checkbox', label: label(`figure.${key}`) }
  return {
    name: key,
    type: 'number',
    label: label(`figure.${key}`),
    ...figureRanges[kind],
    admin: vietnameseNumberInput,
  }
}

/**
 * What a unit did in a period under a plan: the figures the plan asks for, outreach activities by
 * channel and evidence. Draft → submitted → approved or returned; locked after approval or deadline.
 */
export const UnitReports: CollectionConfig = {
  slug: slugs.unitReports,
  labels: { singular: label('reports.singular'), plural: label('reports.plural') },
  defaultSort: '-updatedAt',
  admin: {
    group: label('group.campaigns'),
    defaultColumns: ['unit', 'plan', 'period', 'year', 'status', 'firstSubmittedAt', 'late'],
    components: {
      edit: {
        beforeDocumentControls: [
          '/src/modules/campaigns/collections/UnitReports/components/ReportActions#ReportActions',
          '/src/modules/campaigns/collections/UnitReports/components/DocumentDownload#DocumentDownload',
        ],
      },
    },
  },
  access: {
    read: scopedByUnit('unit', campaignReaders),
    create: ({ req }) => hasRole(req.user, 'admin', 'editor', 'reporter'),
    update: scopedByUnit('unit', ['editor', 'reviewer', 'reporter']),
    delete: ({ req }) => hasRole(req.user, 'admin'),
  },
  hooks: {
    beforeChange: [enforceReportRules, keepEvidenceInternal('evidence', 'signedCopy.file')],
    afterChange: [auditReportDecisions, notifyReportDecisions],
  },
  endpoints: [exportEndpoint, reportDocumentEndpoint, reportActionEndpoint],
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'plan',
          type: 'relationship',
          relationTo: slugs.campaignPlans,
          required: true,
          index: true,
          label: label('report.plan'),
          defaultValue: defaultPlan,
        },
        {
          ...ownerUnitField({
            label: label('report.unit'),
            required: true,
            defaultToUserUnit: true,
          }),
          admin: {},
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'period',
          type: 'select',
          required: true,
          label: label('report.period'),
          options: periodOptions,
          defaultValue: defaultPeriod,
        },
        { name: 'year', type: 'number', label: label('report.year'), admin: { readOnly: true } },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'draft',
      index: true,
      label: label('report.status'),
      options: reportStatuses.map((value) => ({ value, label: label(`report.${value}`) })),
      // Changed by the workflow buttons (the API still takes it, under the same rules).
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'returnReason',
      type: 'textarea',
      label: label('report.returnReason'),
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'reopened',
      type: 'checkbox',
      defaultValue: false,
      label: label('report.reopened'),
      access: { create: isAdminField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      name: 'figures',
      type: 'group',
      label: label('report.figures'),
      admin: {
        components: {
          Field:
            '/src/modules/campaigns/collections/UnitReports/components/PlanFigures#PlanFigures',
        },
      },
      fields: figureKeys.map(figureField),
    },
    {
      name: 'activities',
      type: 'array',
      label: label('report.activities'),
      // The "Thêm …" button and each row are named by these (Payload would say "Activity").
      labels: { singular: label('report.activity'), plural: label('report.activities') },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'channel',
              type: 'relationship',
              relationTo: slugs.outreachChannels,
              required: true,
              label: label('report.activityChannel'),
            },
            {
              name: 'count',
              type: 'number',
              required: true,
              min: 0,
              label: label('report.activityCount'),
            },
            { name: 'reach', type: 'number', min: 0, label: label('report.activityReach') },
          ],
        },
      ],
    },
    ...narrativeFields,
    {
      name: 'evidence',
      type: 'upload',
      relationTo: slugs.media,
      hasMany: true,
      label: label('report.evidence'),
    },
    {
      // Derived from the plan's periods on each save (and when the plan's periods change).
      name: 'periodWindow',
      type: 'text',
      label: label('report.window'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
    {
      name: 'late',
      type: 'checkbox',
      defaultValue: false,
      index: true,
      label: label('report.late'),
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: label('report.late.description'),
      },
      access: { create: nobodyField, update: nobodyField },
    },
    dateTimeField({
      name: 'submittedAt',
      label: label('report.submittedAt'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    }),
    dateTimeField({
      name: 'firstSubmittedAt',
      label: label('report.firstSubmittedAt'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    }),
    {
      name: 'approvedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('report.approvedBy'),
      admin: { position: 'sidebar', readOnly: true },
      access: { create: nobodyField, update: nobodyField },
    },
    ...documentFields,
    { name: 'key', type: 'text', unique: true, admin: { hidden: true } },
  ],
}
