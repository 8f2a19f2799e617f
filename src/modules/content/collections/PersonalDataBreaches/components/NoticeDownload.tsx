'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { translate } from '@/modules/content/i18n.client'
import React from 'react'

/** Downloads the breach's 72-hour notification to the authority, filled from the saved record. */
export const NoticeDownload: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  const href = (format: 'docx' | 'pdf') =>
    `/api/personal-data-breaches/${id}/notification?format=${format}`
  return (
    <>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={href('docx')}
        download
        data-testid="breach-notice-docx"
      >
        {translate(i18n.language, 'breach.downloadNotice')}
      </a>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={href('pdf')}
        download
        data-testid="breach-notice-pdf"
      >
        {translate(i18n.language, 'breach.downloadNoticePdf')}
      </a>
    </>
  )
}
