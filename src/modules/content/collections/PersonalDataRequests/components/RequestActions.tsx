'use client'
import { Button, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React from 'react'

import { useDocumentAction } from '@/platform/admin/useDocumentAction'

import { translate } from '@/modules/content/i18n.client'

/**
 * A handler's actions on a request: download everything held about the person (access), erase it
 * (deletion, objection), withdraw every consent (withdrawal, objection). Correction is done by
 * editing the data concerned, then completing the request.
 */
export const RequestActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const { busy, post } = useDocumentAction()
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const erased = useFormFields(([fields]) => Boolean(fields.erasedAt?.value))
  if (!id || erased) return null
  const tr = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)

  const act = (action: 'erase' | 'withdraw') =>
    post(
      `/api/personal-data-requests/${id}/${action}`,
      action === 'erase' ? tr('pdr.actions.erase.confirm') : undefined,
    )

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <p>
        <a href={`/api/personal-data-requests/${id}/export`} download>
          {tr('pdr.actions.export')}
        </a>
      </p>
      {(kind === 'deletion' || kind === 'objection') && (
        <Button buttonStyle="secondary" disabled={busy} onClick={() => void act('erase')}>
          {tr('pdr.actions.erase')}
        </Button>
      )}
      {(kind === 'withdrawal' || kind === 'objection') && (
        <Button buttonStyle="secondary" disabled={busy} onClick={() => void act('withdraw')}>
          {tr('pdr.actions.withdraw')}
        </Button>
      )}
      <p style={{ fontSize: 'small' }}>{tr('pdr.actions.help')}</p>
    </div>
  )
}
