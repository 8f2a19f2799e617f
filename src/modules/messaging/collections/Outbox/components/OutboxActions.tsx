'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { useDocumentAction } from '@/platform/admin/useDocumentAction'
import { translate } from '@/modules/messaging/i18n.client'

/** Send again (failed, held or cancelled messages) or cancel (unsent ones), for admins. */
export const OutboxActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { busy, post } = useDocumentAction()
  const state = useFormFields(([fields]) => fields.state?.value as string | undefined)
  if (!id || !state) return null
  const canRetry = ['failed', 'held', 'cancelled'].includes(state)
  const canCancel = ['pending', 'held', 'failed'].includes(state)

  const run = (action: 'retry' | 'cancel') => post(`/api/outbox/${id}/${action}`)

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
