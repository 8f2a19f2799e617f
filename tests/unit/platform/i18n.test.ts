import { describe, expect, it } from '@jest/globals'

import {
  DuplicateMessageKey,
  defineMessages,
  format,
  mergeCatalogs,
  type Catalog,
} from '@/platform/i18n/catalog'
import { coreMessages } from '@/platform/i18n/core'
import { translatorFor } from '@/platform/i18n/translator'
import { messages as campaigns } from '@/modules/campaigns/messages'
import { messages as content } from '@/modules/content/messages'
import { messages as delivery } from '@/modules/delivery/messages'
import { messages as messaging } from '@/modules/messaging/messages'
import { messages as organisation } from '@/modules/organisation/messages'

const catalogues: Record<string, Catalog> = {
  core: coreMessages,
  organisation,
  messaging,
  content,
  campaigns,
  delivery,
}

describe('message catalogues', () => {
  it.each(Object.entries(catalogues))(
    'should have every Vietnamese message of %s in English too, with the same placeholders',
    (_name, catalogue) => {
      const placeholders = (s: string) => (s.match(/\{\{\w+\}\}/g) ?? []).sort()
      for (const [key, vi] of Object.entries(catalogue.vi)) {
        const en = catalogue.en[key]
        expect({ key, present: Boolean(en?.trim()) }).toEqual({ key, present: true })
        expect({ key, placeholders: placeholders(en ?? '') }).toEqual({
          key,
          placeholders: placeholders(vi),
        })
      }
    },
  )

  it('should declare every key once across the whole application', () => {
    expect(() => mergeCatalogs(...Object.values(catalogues))).not.toThrow()
    const twice = defineMessages({ 'unit.name': 'Tên' }, { 'unit.name': 'Name' })
    expect(() => mergeCatalogs(organisation, twice)).toThrow(DuplicateMessageKey)
  })

  it('should answer in Vietnamese unless English is asked for', () => {
    const { translate } = translatorFor(organisation)
    expect(translate(undefined, 'unit.hasChildren', { name: 'Xã A', count: 2 })).toBe(
      'Không thể xóa đơn vị "Xã A" vì còn 2 đơn vị trực thuộc.',
    )
    expect(translate('fr', 'error.forbidden')).toBe(coreMessages.vi['error.forbidden'])
    expect(translate('en', 'error.forbidden')).toBe('You are not allowed to do this.')
  })

  it('should leave unknown placeholders visible rather than blank', () => {
    expect(format('{{a}} và {{b}}', { a: 1 })).toBe('1 và {{b}}')
  })
})
