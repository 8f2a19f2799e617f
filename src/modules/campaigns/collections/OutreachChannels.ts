import { anyone, isAdmin } from '@/platform/access/predicates'
import { taxonomyCollection } from '@/platform/collections/taxonomy'
import { slugs } from '@/platform/slugs'
import { planWriters } from '@/modules/campaigns/access'
import { label } from '@/modules/campaigns/i18n'

/** Outreach channels plans name and units report activities by (an editable list). */
export const OutreachChannels = taxonomyCollection({
  slug: slugs.outreachChannels,
  labels: { singular: label('channels.singular'), plural: label('channels.plural') },
  group: label('group.campaigns'),
  access: { read: anyone, create: planWriters, update: planWriters, delete: isAdmin },
})
