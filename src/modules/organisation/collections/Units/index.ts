import { createBreadcrumbsField, createParentField } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig, PayloadRequest } from 'payload'

import { isAdmin, isAdminField, nobodyField } from '@/platform/access/predicates'
import { dayField } from '@/platform/fields/dateTime'
import { validOn } from '@/platform/lifespan'
import { hasRole, isAdminUser, isStaffUser } from '@/platform/roles'
import { slugs } from '@/platform/slugs'
import { dayOf, localDay, storedDay } from '@/platform/time'

import { unitCalendarField } from '@/modules/organisation/access/unitCalendar'
import {
  scopedByUnit,
  subtreeUnitIds,
  unitScopeWhere,
} from '@/modules/organisation/access/unitScope'
import {
  isValidHttpUrl,
  isValidOfficialCode,
  isValidUnitCode,
  normalizeUnitCode,
  unitLevels,
  unitTypes,
  unitTypesByLevel,
  type UnitLevel,
} from '@/modules/organisation/domain/hierarchy'
import { label, t } from '@/modules/organisation/i18n'
import { calendarTokenEndpoints } from './endpoints/calendarToken'
import { importTemplateEndpoint, importUnitsEndpoint } from './endpoints/importUnits'
import { reorganizeEndpoint } from './endpoints/reorganize'
import { preventDeleteWithHistory } from './hooks/preventDeleteWithHistory'
import { historicalUnitsStartUnknown, validateUnit } from './hooks/validateUnit'

/**
 * The organisational tree of two-tier local government: provinces → provincial bodies and
 * commune-level units → their sub-units; districts only as history (closed by 30/06/2025). Every
 * unit operates from `validFrom` to `validTo` (calendar days) and is closed, never deleted, once it
 * has history; reorganisations link predecessors to successors (unit-lineage). What a unit owns
 * (portal, radio station, one-stop desk, post-office culture points) decides which quotas apply.
 */
export const Units: CollectionConfig = {
  slug: slugs.units,
  labels: { singular: label('units.singular'), plural: label('units.plural') },
  // Codes are stable and short (HT, HT-SNV, HT-CAMBINH), so sorting by code groups a province.
  defaultSort: 'code',
  admin: {
    useAsTitle: 'name',
    group: label('group.organisation'),
    defaultColumns: ['name', 'code', 'level', 'type', 'parent', 'validFrom', 'validTo'],
    listSearchableFields: ['name', 'code', 'officialCode'],
    components: {
      beforeListTable: [
        '/src/modules/organisation/collections/Units/components/ImportUnits#ImportUnits',
        '/src/modules/organisation/collections/Units/components/ReorganiseUnits#ReorganiseUnits',
      ],
    },
  },
  access: {
    // Staff see their unit's subtree and the history it carries on (its predecessors); portal keys
    // read the (public) organisation chart.
    read: async ({ req }) => {
      if (isAdminUser(req.user) || hasRole(req.user, 'portal')) return true
      return isStaffUser(req.user) ? unitScopeWhere('id', await subtreeUnitIds(req)) : false
    },
    create: isAdmin,
    // Editors keep their subtree's contact details and equipment up to date; structure is the admins'.
    update: scopedByUnit('id', ['editor']),
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [historicalUnitsStartUnknown],
    beforeChange: [validateUnit],
    beforeDelete: [preventDeleteWithHistory],
  },
  endpoints: [
    importUnitsEndpoint,
    importTemplateEndpoint,
    reorganizeEndpoint,
    ...calendarTokenEndpoints,
  ],
  fields: [
    { name: 'name', type: 'text', required: true, label: label('unit.name'), index: true },
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          required: true,
          unique: true,
          label: label('unit.code'),
          admin: { description: label('unit.code.description') },
          access: { update: isAdminField },
          hooks: {
            beforeValidate: [
              ({ value }) => (typeof value === 'string' ? normalizeUnitCode(value) : value),
            ],
          },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidUnitCode(value) ? true : t(req, 'unit.codeFormat', { code: value }),
        },
        {
          name: 'officialCode',
          type: 'text',
          index: true,
          label: label('unit.officialCode'),
          admin: { description: label('unit.officialCode.description') },
          access: { update: isAdminField },
          hooks: {
            beforeValidate: [({ value }) => (typeof value === 'string' ? value.trim() : value)],
          },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidOfficialCode(value)
              ? true
              : t(req, 'unit.officialCodeFormat', { code: value }),
        },
      ],
    },
    {
      // "Số: 12/BC-UBND": the issuer's symbol in its document numbers; derived from the name when empty.
      name: 'documentSymbol',
      type: 'text',
      maxLength: 20,
      label: label('unit.documentSymbol'),
      admin: { description: label('unit.documentSymbol.description') },
      hooks: {
        beforeValidate: [
          ({ value }) =>
            typeof value === 'string' ? value.trim().toLocaleUpperCase('vi-VN') || null : value,
        ],
      },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        !value || /^[A-ZĐ0-9]+(-[A-ZĐ0-9]+)*$/u.test(value)
          ? true
          : t(req, 'unit.documentSymbolFormat', { symbol: value }),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'level',
          type: 'select',
          required: true,
          label: label('unit.level'),
          access: { update: isAdminField },
          options: unitLevels.map((value) => ({ value, label: label(`level.${value}`) })),
        },
        {
          name: 'type',
          type: 'select',
          label: label('unit.type'),
          access: { update: isAdminField },
          options: unitTypes.map((value) => ({ value, label: label(`type.${value}`) })),
          // Only the types of the chosen level are offered; the hook refuses any other.
          filterOptions: ({ options, data }) => {
            const allowed: readonly string[] =
              (unitTypesByLevel as Partial<Record<UnitLevel, readonly string[]>>)[
                (data as { level?: UnitLevel }).level ?? 'commune'
              ] ?? []
            return options.filter((option) =>
              allowed.includes(typeof option === 'string' ? option : option.value),
            )
          },
          admin: {
            condition: (data) => ['province', 'district', 'commune'].includes(data?.level),
          },
        },
      ],
    },
    createParentField(slugs.units, {
      label: label('unit.parent'),
      access: { update: isAdminField },
      admin: { position: 'sidebar' },
    }),
    // The lineage kept by the nested-docs plugin; people read it as `path` below.
    createBreadcrumbsField(slugs.units, {
      label: label('unit.breadcrumbs'),
      admin: { hidden: true },
    }),
    {
      name: 'path',
      type: 'text',
      virtual: true,
      label: label('unit.breadcrumbs'),
      admin: { position: 'sidebar', readOnly: true },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            ((siblingData.breadcrumbs ?? []) as { label?: string }[])
              .map((crumb) => crumb.label)
              .join(' › '),
        ],
      },
    },
    dayField({
      name: 'validFrom',
      calendarDay: true,
      index: true,
      // A unit added without saying since when starts the day it is added, so it never changes a
      // finished period; clearing the field records a unit that operated since before the records.
      defaultValue: () => storedDay(localDay(new Date())),
      label: label('unit.validFrom'),
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: label('unit.validFrom.description') },
    }),
    dayField({
      name: 'validTo',
      calendarDay: true,
      index: true,
      label: label('unit.validTo'),
      access: { update: isAdminField },
      admin: { position: 'sidebar', description: label('unit.validTo.description') },
    }),
    {
      name: 'active',
      type: 'checkbox',
      virtual: true,
      label: label('unit.activeToday'),
      admin: { position: 'sidebar', readOnly: true, disableListFilter: true },
      hooks: {
        afterRead: [
          ({ siblingData }) =>
            validOn(
              { validFrom: dayOf(siblingData.validFrom), validTo: dayOf(siblingData.validTo) },
              localDay(new Date()),
            ),
        ],
      },
    },
    {
      type: 'collapsible',
      label: label('unit.lifecycle'),
      admin: { initCollapsed: true },
      fields: [
        {
          name: 'predecessors',
          type: 'join',
          collection: slugs.unitLineage,
          on: 'successor',
          label: label('unit.predecessors'),
          admin: { defaultColumns: ['predecessor', 'effectiveDate', 'kind'] },
        },
        {
          name: 'successors',
          type: 'join',
          collection: slugs.unitLineage,
          on: 'predecessor',
          label: label('unit.successors'),
          admin: { defaultColumns: ['successor', 'effectiveDate', 'kind'] },
        },
        {
          // Written when a unit moves under another parent, so earlier periods see it where it was.
          name: 'formerParents',
          type: 'array',
          label: label('unit.formerParents'),
          labels: { singular: label('unit.formerParent'), plural: label('unit.formerParents') },
          access: { update: isAdminField },
          fields: [
            {
              type: 'row',
              fields: [
                {
                  name: 'parent',
                  type: 'relationship',
                  relationTo: slugs.units,
                  label: label('unit.formerParent'),
                },
                dayField({
                  name: 'until',
                  calendarDay: true,
                  required: true,
                  label: label('unit.until'),
                }),
              ],
            },
          ],
        },
      ],
    },
    {
      name: 'contactEmails',
      type: 'array',
      label: label('unit.contactEmails'),
      labels: { singular: label('unit.email'), plural: label('unit.contactEmails') },
      fields: [{ name: 'email', type: 'email', required: true, label: label('unit.email') }],
    },
    {
      type: 'collapsible',
      label: label('unit.owns'),
      fields: [
        {
          name: 'portalUrl',
          type: 'text',
          label: label('unit.portalUrl'),
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            !value || isValidHttpUrl(value) ? true : t(req, 'unit.urlInvalid', { url: value }),
        },
        {
          type: 'row',
          fields: [
            {
              name: 'hasRadioStation',
              type: 'checkbox',
              defaultValue: false,
              label: label('unit.hasRadioStation'),
            },
            {
              name: 'hasOneStopDesk',
              type: 'checkbox',
              defaultValue: false,
              label: label('unit.hasOneStopDesk'),
            },
            {
              name: 'postOfficeCulturePoints',
              type: 'number',
              defaultValue: 0,
              min: 0,
              label: label('unit.postOfficeCulturePoints'),
              validate: (value: number | null | undefined, { req }: { req: PayloadRequest }) =>
                value === null || value === undefined || (Number.isInteger(value) && value >= 0)
                  ? true
                  : t(req, 'csv.invalidCount', {
                      column: t(req, 'unit.postOfficeCulturePoints'),
                      value: String(value),
                    }),
            },
          ],
        },
        dayField({
          name: 'radioStationUntil',
          calendarDay: true,
          label: label('unit.radioStationUntil'),
        }),
      ],
    },
    // The unit's calendar-feed token, kept as a hash only (domain/calendarToken.ts). Written only by
    // POST/DELETE /api/units/:id/calendar-token; shown to admins and editors of the unit's subtree.
    {
      name: 'calendarTokenHash',
      type: 'text',
      label: label('calendar.tokenHash'),
      access: { read: unitCalendarField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'calendarTokenIssuedAt',
      type: 'date',
      label: label('calendar.tokenIssuedAt'),
      access: { read: unitCalendarField, create: nobodyField, update: nobodyField },
      admin: { hidden: true },
    },
    {
      name: 'calendarFeeds',
      type: 'ui',
      label: label('calendar.panelTitle'),
      admin: {
        position: 'sidebar',
        components: {
          Field:
            '/src/modules/organisation/collections/Units/components/CalendarFeedsPanel#CalendarFeedsPanel',
        },
      },
    },
  ],
}
