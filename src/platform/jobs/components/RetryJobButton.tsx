'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { useDocumentAction } from '@/platform/admin/useDocumentAction'
import { translatorFor } from '@/platform/i18n/translator'

const { translate } = translatorFor()

/** "Chạy lại" on a failed job (admins only see the job queue). */
export const RetryJobButton: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { busy, post } = useDocumentAction()
  const hasError = useFormFields(([fields]) => fields.hasError?.value === true)
  const processing = useFormFields(([fields]) => fields.processing?.value === true)
  if (!id || !hasError || processing) return null

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ fontSize: 'small', margin: '0 0 8px' }}>
        {translate(i18n.language, 'jobs.retryHint')}
      </p>
      <Button
        buttonStyle="primary"
        size="small"
        disabled={busy}
        onClick={() => void post(`/api/payload-jobs/${id}/retry`)}
      >
        {translate(i18n.language, 'jobs.retry')}
      </Button>
    </div>
  )
}
