import { requestHelpers } from './server'
import { translatorFor } from './translator'

/** The shared texts alone, for platform code (modules use their own `i18n.ts`). */
const core = translatorFor()
export const { translate, label, bilingual } = core
export const { t, refused, invalidField } = requestHelpers(core)
