import { periodKeys } from '@/modules/campaigns/domain/periods'
import { label } from '@/modules/campaigns/i18n'

/** The reporting periods as select options, named as people say them ("Quý I", "6 tháng đầu năm"). */
export const periodOptions = periodKeys.map((value) => ({ value, label: label(`period.${value}`) }))
