'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { DownloadLinks } from '@/platform/documents/DownloadLinks'
import { translate } from '@/modules/content/i18n.client'
import React from 'react'

/** Downloads the breach's 72-hour notification to the authority, filled from the saved record. */
export const NoticeDownload: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <DownloadLinks
      href={(format) => `/api/personal-data-breaches/${id}/notification?format=${format}`}
      labels={{
        docx: translate(i18n.language, 'breach.downloadNotice'),
        pdf: translate(i18n.language, 'breach.downloadNoticePdf'),
      }}
      testId="breach-notice"
    />
  )
}
