'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { translate } from '@/modules/campaigns/i18n.client'
import React from 'react'

/** Downloads the report as the Decree 30 document, in Word or PDF. */
export const DocumentDownload: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  const href = (format: 'docx' | 'pdf') => `/api/unit-reports/${id}/document?format=${format}`
  return (
    <>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={href('docx')}
        download
        data-testid="report-document-docx"
      >
        {translate(i18n.language, 'report.downloadDocx')}
      </a>
      <a
        className="btn btn--style-secondary btn--size-small"
        href={href('pdf')}
        download
        data-testid="report-document-pdf"
      >
        {translate(i18n.language, 'report.downloadPdf')}
      </a>
    </>
  )
}
