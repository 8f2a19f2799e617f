'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { DownloadLinks } from '@/platform/documents/DownloadLinks'
import { translate } from '@/modules/campaigns/i18n.client'
import React from 'react'

/** Downloads the report as the Decree 30 document, in Word or PDF. */
export const DocumentDownload: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  if (!id) return null
  return (
    <>
      <DownloadLinks
        href={(format) => `/api/unit-reports/${id}/document?format=${format}`}
        labels={{
          docx: translate(i18n.language, 'report.downloadDocx'),
          pdf: translate(i18n.language, 'report.downloadPdf'),
        }}
        testId="report-document"
      />
      {/* The report laid out like the official document, to print from the browser. */}
      <a
        className="btn btn--style-secondary btn--size-small"
        href={`/admin/reports/${id}/print`}
        data-testid="report-print-link"
      >
        {translate(i18n.language, 'reportForm.print')}
      </a>
    </>
  )
}
