'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import { translatorFor } from '@/platform/i18n/translator'

const { translate } = translatorFor()

/** "Chạy lại" on a failed job (admins only see the job queue). */
export const RetryJobButton: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const hasError = useFormFields(([fields]) => fields.hasError?.value === true)
  const processing = useFormFields(([fields]) => fields.processing?.value === true)
  const [busy, setBusy] = useState(false)
  if (!id || !hasError || processing) return null

  const retry = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/payload-jobs/${id}/retry`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      const body: unknown = await res.json()
      if (res.ok) toast.success(answerMessage(body, ''))
      else toast.error(answerMessage(body, res.statusText))
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ fontSize: 'small', margin: '0 0 8px' }}>
        {translate(i18n.language, 'jobs.retryHint')}
      </p>
      <Button buttonStyle="primary" size="small" disabled={busy} onClick={() => void retry()}>
        {translate(i18n.language, 'jobs.retry')}
      </Button>
    </div>
  )
}
