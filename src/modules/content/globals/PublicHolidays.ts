import type { GlobalConfig, Payload, PayloadRequest } from 'payload'

import { asSystem } from '@/platform/access/asUser'
import { isAdmin, isStaff } from '@/platform/access/predicates'
import { dayField } from '@/platform/fields/dateTime'
import { globalSlugs } from '@/platform/slugs'
import { dayOf, storedDay, type Day } from '@/platform/time'
import { DEFAULT_HOLIDAYS } from '@/modules/content/domain/personalDataRequests'
import { label } from '@/modules/content/i18n'

/**
 * The public holidays that are not working days (Ngày nghỉ lễ): the deadlines of personal-data
 * requests count working days. Admins keep the list each year; a new installation starts with
 * Vietnam's 2026 and 2027 holidays.
 */
export const PublicHolidays: GlobalConfig = {
  slug: globalSlugs.publicHolidays,
  label: label('holidays.label'),
  admin: { group: label('group.engagement'), description: label('holidays.description') },
  access: { read: isStaff, update: isAdmin },
  fields: [
    {
      name: 'days',
      type: 'array',
      maxRows: 200,
      label: label('holidays.days'),
      defaultValue: DEFAULT_HOLIDAYS.map((holiday) => ({
        ...holiday,
        day: storedDay(holiday.day),
      })),
      fields: [
        {
          type: 'row',
          fields: [
            dayField({
              name: 'day',
              required: true,
              calendarDay: true,
              label: label('holidays.day'),
            }),
            { name: 'name', type: 'text', maxLength: 200, label: label('holidays.name') },
          ],
        },
      ],
    },
  ],
}

/**
 * The holidays in force: the admins' list once they saved it, the built-in one before.
 * SYSTEM read: deadlines are computed for public submissions and scheduled jobs alike.
 */
export const publicHolidays = async (source: Payload | PayloadRequest): Promise<Set<Day>> => {
  const stored = await asSystem(source)
    .findGlobal({ slug: globalSlugs.publicHolidays, depth: 0 })
    .catch(() => null)
  const days = stored?.updatedAt ? (stored.days ?? []) : null
  if (!days) return new Set(DEFAULT_HOLIDAYS.map((holiday) => holiday.day))
  return new Set(days.map((row) => dayOf(row.day)).filter((day): day is Day => day !== null))
}
