import type { DateField, FieldHook } from 'payload'

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

/** A calendar day, shown as dd/MM/yyyy. */
export const dayField = (options: DateOptions): DateField => ({
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
