'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { translate } from '@/modules/content/i18n.client'

/**
 * A handler's actions on a request: download everything held about the person (access), erase it
 * (deletion, objection), withdraw every consent (withdrawal, objection). Correction is done by
 * editing the data concerned, then completing the request.
 */
export const RequestActions: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const kind = useFormFields(([fields]) => fields.kind?.value as string | undefined)
  const erased = useFormFields(([fields]) => Boolean(fields.erasedAt?.value))
  const [busy, setBusy] = useState(false)
  if (!id || erased) return null
  const tr = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)

  const act = async (action: 'erase' | 'withdraw') => {
    if (action === 'erase' && !window.confirm(tr('pdr.actions.erase.confirm'))) return
    setBusy(true)
    try {
      const res = await fetch(`/api/personal-data-requests/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      const body = (await res.json()) as { message?: string; errors?: { message: string }[] }
      if (!res.ok) {
        toast.error(body.errors?.[0]?.message ?? body.message ?? res.statusText)
        return
      }
      toast.success(body.message ?? '')
      router.refresh()
    } finally {
      setBusy(false)
    }
  }

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
