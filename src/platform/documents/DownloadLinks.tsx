import React from 'react'

export type DocumentFormat = 'docx' | 'pdf'

/**
 * The Word and PDF download links under a saved document in the admin (a report, a breach
 * notification): `href` gives each format's address, `labels` its words in the reader's language.
 */
export const DownloadLinks: React.FC<{
  href: (format: DocumentFormat) => string
  labels: Record<DocumentFormat, string>
  testId: string
}> = ({ href, labels, testId }) => (
  <>
    {(['docx', 'pdf'] as const).map((format) => (
      <a
        className="btn btn--style-secondary btn--size-small"
        data-testid={`${testId}-${format}`}
        download
        href={href(format)}
        key={format}
      >
        {labels[format]}
      </a>
    ))}
  </>
)
