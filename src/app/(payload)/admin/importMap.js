import { ImportUnits as ImportUnits_d8164681e7ede3d2fd30f424d42bfc94 } from '../../../../src/collections/Units/components/ImportUnits'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/collections/Units/components/ImportUnits#ImportUnits": ImportUnits_d8164681e7ede3d2fd30f424d42bfc94,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
