import path from 'node:path'

import type { Access, CollectionConfig, PayloadRequest, Plugin } from 'payload'

import { resolveMediaDir } from '@/platform/config/env'

import { isAdminField, isStaffField } from '@/platform/access/predicates'
import { hasRole, isStaffUser } from '@/platform/roles'
import { fileSafetyHeaders } from '@/platform/fileHeaders'
import { slugs } from '@/platform/slugs'
import { ownerUnitField } from '@/modules/organisation'
import { acceptedMimeTypes } from '@/modules/content/domain/uploadPolicy'
import { label, t } from '@/modules/content/i18n'

import { checkUploadedFile } from './hooks/checkUploadedFile'
import { setUploader } from './hooks/setUploader'

const publicOnly = { visibility: { equals: 'public' } } as const

const canUpload: Access = ({ req }) => hasRole(req.user, 'admin', 'editor', 'reviewer', 'reporter')

/** Admins and editors manage the library; everyone else their own uploads. */
const canManage: Access = ({ req }) => {
  const user = req.user
  if (!user) return false
  if (hasRole(user, 'admin', 'editor')) return true
  return canUpload({ req }) ? { uploadedBy: { equals: user.id } } : false
}

const webp = { format: 'webp' as const, options: { quality: 80 } }

/**
 * Images for articles (resized to WebP by sharp, with a focal point) and evidence files (PDF, audio).
 * Public images are readable by anyone; internal files (the default, and always evidence) only by
 * staff — the file URL and its resized variants too, since Payload checks read access per file.
 */
export const Media: CollectionConfig = {
  slug: slugs.media,
  labels: { singular: label('media.singular'), plural: label('media.plural') },
  admin: { group: label('group.content'), defaultColumns: ['filename', 'alt', 'visibility', 'updatedAt'] },
  access: {
    read: ({ req }) => (isStaffUser(req.user) ? true : publicOnly),
    create: canUpload,
    update: canManage,
    delete: canManage,
  },
  hooks: {
    beforeOperation: [checkUploadedFile],
    beforeChange: [setUploader],
  },
  // The folder files go to is set when the config is built (see mediaFolder), not when this loads.
  upload: {
    mimeTypes: acceptedMimeTypes,
    // Only raster images are shown in place; every other file downloads, and nothing in it runs.
    modifyResponseHeaders: fileSafetyHeaders,
    focalPoint: true,
    adminThumbnail: 'thumbnail',
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, formatOptions: webp },
      { name: 'card', width: 768, height: 432, formatOptions: webp },
      { name: 'hero', width: 1600, height: 900, formatOptions: webp, withoutEnlargement: true },
    ],
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      label: label('media.alt'),
      admin: { description: label('media.alt.description') },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) => (value?.trim() ? true : t(req, 'media.altRequired')),
    },
    { name: 'caption', type: 'textarea', label: label('media.caption') },
    { name: 'credit', type: 'text', label: label('media.credit') },
    {
      name: 'visibility',
      type: 'select',
      required: true,
      // Editors and admins upload the library's images for the public site; anyone else's upload
      // (a reporter's or reviewer's proof) is internal unless marked public. Whatever it was, a file
      // attached as evidence is made internal (campaigns' keepEvidenceInternal).
      defaultValue: ({ user }) => (hasRole(user, 'admin', 'editor') ? 'public' : 'internal'),
      label: label('media.visibility'),
      options: [
        { value: 'public', label: label('media.visibility.public') },
        { value: 'internal', label: label('media.visibility.internal') },
      ],
      admin: { position: 'sidebar', description: label('media.visibility.description') },
    },
    ownerUnitField({ label: label('media.owner') }),
    // Payload's own upload fields, merged with these: only their labels are ours (Payload's are English).
    { name: 'mimeType', type: 'text', label: label('media.mimeType') },
    { name: 'thumbnailURL', type: 'text', label: label('media.thumbnailUrl') },
    {
      name: 'uploadedBy',
      type: 'relationship',
      relationTo: slugs.users,
      label: label('media.uploadedBy'),
      access: { read: isStaffField, update: isAdminField },
      admin: { position: 'sidebar', readOnly: true },
    },
  ],
}


/**
 * Points the media library at `MEDIA_DIR` as it is when the config is built. Read here rather than
 * when the collection module loads: a process (a test) may import the modules before it sets it.
 */
export const mediaFolder: Plugin = (config) => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collection.slug === slugs.media && typeof collection.upload === 'object'
      ? { ...collection, upload: { ...collection.upload, staticDir: path.resolve(process.cwd(), resolveMediaDir(process.env)) } }
      : collection,
  ),
})
