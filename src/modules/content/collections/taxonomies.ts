import { isAdmin } from '@/platform/access/predicates'
import { taxonomyCollection } from '@/platform/collections/taxonomy'
import { anyone } from '@/platform/access/predicates'
import { slugs } from '@/platform/slugs'
import { editorsOnly } from '@/modules/content/access'
import { label } from '@/modules/content/i18n'

const access = { read: anyone, create: editorsOnly, update: editorsOnly, delete: isAdmin }

/** The six reform areas of the national programme (editable: a province may track a seventh). */
export const ReformAreas = taxonomyCollection({
  slug: slugs.reformAreas,
  labels: { singular: label('reformAreas.singular'), plural: label('reformAreas.plural') },
  group: label('group.content'),
  access,
})

export const Tags = taxonomyCollection({
  slug: slugs.tags,
  labels: { singular: label('tags.singular'), plural: label('tags.plural') },
  group: label('group.content'),
  access,
})

/** Fields of administrative procedures FAQs are filed under (investment, land, tax…). */
export const ProcedureFields = taxonomyCollection({
  slug: slugs.procedureFields,
  labels: { singular: label('procedureFields.singular'), plural: label('procedureFields.plural') },
  group: label('group.content'),
  access,
})
