'use client'
import { Button, useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import { useDocumentAction } from '@/platform/admin/useDocumentAction'
import { translate } from '@/modules/organisation/i18n.client'

import { EnrolSteps } from './EnrolSteps'

/**
 * A user's page, sidebar: on one's own page, turning on two-factor sign-in (QR code, code, backup
 * codes); on another person's page, for admins, resetting their second factor and sending them a
 * password reset mail.
 */
export const AccountSecurity: React.FC = () => {
  const { id } = useDocumentInfo()
  const stored = useFormFields(([fields]) => Boolean(fields.mfaEnabled?.value))
  // What this page just changed, until the form reloads the stored value.
  const [changed, setChanged] = useState<boolean | null>(null)
  const enabled = changed ?? stored
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const router = useRouter()
  const action = useDocumentAction()
  const say = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)
  if (!id || !user) return null
  const own = String(user.id) === String(id)
  const isAdmin = Boolean((user as { roles?: string[] }).roles?.includes('admin'))

  const { busy } = action
  const post = async (path: string, confirmText?: string, after?: () => void) => {
    if (await action.post(`/api/users/${id}/${path}`, confirmText)) after?.()
  }

  return (
    <div className="field-type account-security" style={{ marginBottom: 'var(--base)' }}>
      <h4 style={{ margin: '0 0 8px' }}>{say('mfa.ui.title')}</h4>
      <p className="account-security__state" style={{ fontSize: 'small', margin: '0 0 8px' }}>
        {say(enabled ? 'mfa.ui.enabled' : 'mfa.ui.disabled')}
      </p>
      {own && !enabled && (
        <EnrolSteps
          language={i18n.language}
          onDone={() => {
            setChanged(true)
            router.refresh()
          }}
        />
      )}
      {!own && isAdmin && (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {enabled && (
            <Button
              buttonStyle="secondary"
              size="small"
              disabled={busy}
              onClick={() =>
                void post('mfa/reset', say('mfa.ui.resetConfirm'), () => setChanged(false))
              }
            >
              {say('mfa.ui.reset')}
            </Button>
          )}
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => void post('send-password-reset')}
          >
            {say('account.ui.sendReset')}
          </Button>
        </div>
      )}
    </div>
  )
}
