'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import { translate } from '@/modules/messaging/i18n.client'

/** Send again (failed, held or cancelled messages) or cancel (unsent ones), for admins. */
export const OutboxActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const state = useFormFields(([fields]) => fields.state?.value as string | undefined)
  const [busy, setBusy] = useState(false)
  if (!id || !state) return null
  const canRetry = ['failed', 'held', 'cancelled'].includes(state)
  const canCancel = ['pending', 'held', 'failed'].includes(state)

  const run = async (action: 'retry' | 'cancel') => {
    setBusy(true)
    try {
      const res = await fetch(`/api/outbox/${id}/${action}`, {
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
    <div
      className="field-type"
      style={{ display: 'flex', flexDirection: 'column', gap: 8, marginBottom: 'var(--base)' }}
    >
      <p style={{ fontSize: 'small', margin: 0 }}>
        {translate(i18n.language, 'outbox.actionsHint')}
      </p>
      <div style={{ display: 'flex', gap: 8 }}>
        {canRetry && (
          <Button
            buttonStyle="primary"
            size="small"
            disabled={busy}
            onClick={() => void run('retry')}
          >
            {translate(i18n.language, 'outbox.retry')}
          </Button>
        )}
        {canCancel && (
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => void run('cancel')}
          >
            {translate(i18n.language, 'outbox.cancel')}
          </Button>
        )}
      </div>
    </div>
  )
}
