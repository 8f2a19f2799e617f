import type { CatalogKey } from '@/platform/i18n/catalog'
import { translatorFor } from '@/platform/i18n/translator'
import { messages } from './messages'

/** This module's texts for client components (no server code: they run in the browser). */
export const { translate, label } = translatorFor(messages)
export type TextKey = CatalogKey<typeof messages> | Parameters<typeof translate>[1]
