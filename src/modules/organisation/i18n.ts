import { requestHelpers } from '@/platform/i18n/server'
import { translatorFor } from '@/platform/i18n/translator'
import { messages } from './messages'

const translator = translatorFor(messages)
export const { translate, label, bilingual } = translator
export const { t, refused, invalidField } = requestHelpers(translator)
export type TextKey = Parameters<typeof translate>[1]
