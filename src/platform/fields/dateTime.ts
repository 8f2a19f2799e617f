import type { DateField, FieldHook } from 'payload'

import { dayOf, storedDay } from '@/platform/time'

/**
 * Stores a date as UTC ISO text whatever offset it was sent with ("2026-11-30T06:30:00+07:00" →
 * "2026-11-29T23:30:00.000Z"). Range queries compare the stored text, so a value kept with its
 * offset would sort wrongly against every other; unparseable values are left for validation.
 */
export const normaliseDate: FieldHook = ({ value }) => {
  if (typeof value !== 'string' || value === '') return value
  const time = Date.parse(value)
  return Number.isNaN(time) ? value : new Date(time).toISOString()
}

type DateAdmin = NonNullable<DateField['admin']>
/** A date field's options; of the picker's settings only the display format may differ. */
type DateOptions = Omit<DateField, 'type' | 'admin'> & {
  admin?: Omit<DateAdmin, 'date'> & { date?: { displayFormat?: string } }
}

const withNormaliser = (options: DateOptions): DateField['hooks'] => ({
  ...options.hooks,
  beforeChange: [normaliseDate, ...(options.hooks?.beforeChange ?? [])],
})

/** A moment (day and time), stored in UTC and shown as dd/MM/yyyy HH:mm. */
export const dateTimeField = (options: DateOptions): DateField => ({
  ...options,
  type: 'date',
  hooks: withNormaliser(options),
  admin: {
    ...options.admin,
    date: {
      pickerAppearance: 'dayAndTime',
      displayFormat: options.admin?.date?.displayFormat ?? 'dd/MM/yyyy HH:mm',
      timeFormat: 'HH:mm',
    },
  },
})

/**
 * Stores the calendar day a value means as 12:00 UTC of that day (see `storedDay`): the admin's
 * picker sends exactly that, an API client may send "2025-07-01" or any instant of the day in
 * Vietnam time. Runs before validation, so the collection's own hooks already see the day meant.
 */
export const normaliseCalendarDay: FieldHook = ({ value }) => {
  if (value === null || value === undefined || value === '') return value
  const day = typeof value === 'string' || value instanceof Date ? dayOf(value) : null
  return day === null ? value : storedDay(day)
}

/**
 * A calendar day, shown as dd/MM/yyyy. With `calendarDay`, the value is the day itself (opening and
 * closing dates, effective dates): stored as 12:00 UTC of the day, whatever instant of the day was
 * sent, and read back as that day in Vietnam time (`dayOf`). Without it, the instant sent is kept.
 */
export const dayField = (options: DateOptions & { calendarDay?: boolean }): DateField => {
  const { calendarDay, ...field } = options
  return calendarDay
    ? {
        ...field,
        type: 'date',
        hooks: {
          ...field.hooks,
          beforeValidate: [normaliseCalendarDay, ...(field.hooks?.beforeValidate ?? [])],
        },
        admin: {
          ...field.admin,
          date: {
            pickerAppearance: 'dayOnly',
            displayFormat: field.admin?.date?.displayFormat ?? 'dd/MM/yyyy',
          },
        },
      }
    : plainDayField(field)
}

const plainDayField = (options: DateOptions): DateField => ({
  ...options,
  type: 'date',
  hooks: withNormaliser(options),
  admin: {
    ...options.admin,
    date: {
      pickerAppearance: 'dayOnly',
      displayFormat: options.admin?.date?.displayFormat ?? 'dd/MM/yyyy',
    },
  },
})
