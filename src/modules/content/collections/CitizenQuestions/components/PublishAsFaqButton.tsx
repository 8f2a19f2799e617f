'use client'
import { Button, toast, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { translate } from '@/modules/content/i18n.client'
import React, { useState } from 'react'

/** One click: an answered question becomes a published FAQ, and the editor lands on it. */
export const PublishAsFaqButton: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const router = useRouter()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const faq = useFormFields(([fields]) => fields.faq?.value)
  const [busy, setBusy] = useState(false)
  if (!id || faq || status !== 'answered') return null

  const publish = async () => {
    setBusy(true)
    try {
      const res = await fetch(`/api/citizen-questions/${id}/publish-faq`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      const body = (await res.json()) as {
        message?: string
        errors?: { message: string }[]
        faq?: { id: string | number }
      }
      if (!res.ok || !body.faq) {
        toast.error(body.errors?.[0]?.message ?? body.message ?? res.statusText)
        return
      }
      toast.success(body.message ?? '')
      router.push(`/admin/collections/faqs/${body.faq.id}`)
    } finally {
      setBusy(false)
    }
  }

  return (
    <div className="field-type" style={{ marginBottom: 'var(--base)' }}>
      <Button buttonStyle="secondary" disabled={busy} onClick={() => void publish()}>
        {translate(i18n.language, 'question.publishAsFaq')}
      </Button>
      <p style={{ fontSize: 'small' }}>{translate(i18n.language, 'question.publishAsFaq.help')}</p>
    </div>
  )
}
