'use client'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'
import { translate } from '@/modules/messaging/i18n.client'

type Preview = { subject: string | null; html: string | null; text: string | null }

/**
 * The mail as the recipient gets it: the HTML in a sandboxed frame (no script, no form, no
 * navigation runs in it; srcdoc, so nothing is fetched to show it) and the plain-text version.
 */
export const OutboxPreview: React.FC = () => {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const [preview, setPreview] = useState<Preview | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!id) return
    let live = true
    void (async () => {
      const res = await fetch(`/api/outbox/${id}/preview`, {
        credentials: 'include',
        headers: { 'Accept-Language': i18n.language },
      })
      const body: unknown = await res.json().catch(() => null)
      if (!live) return
      if (res.ok) setPreview(body as Preview)
      else setProblem(answerMessage(body, res.statusText))
    })()
    return () => {
      live = false
    }
  }, [id, i18n.language])

  if (!id) return null
  return (
    <div className="field-type outbox-preview" style={{ marginBottom: 'var(--base)' }}>
      <label className="field-label">{translate(i18n.language, 'outbox.preview')}</label>
      {problem && <p role="alert">{problem}</p>}
      {!preview && !problem && <p>{translate(i18n.language, 'outbox.previewLoading')}</p>}
      {preview?.subject && (
        <p>
          <strong>{preview.subject}</strong>
        </p>
      )}
      {preview?.html && (
        <iframe
          title={translate(i18n.language, 'outbox.previewHtml')}
          sandbox=""
          srcDoc={preview.html}
          data-testid="outbox-preview-html"
          style={{ width: '100%', height: 420, border: '1px solid var(--theme-elevation-150)' }}
        />
      )}
      {preview?.text && (
        <details open={!preview.html}>
          <summary>{translate(i18n.language, 'outbox.previewText')}</summary>
          <pre
            data-testid="outbox-preview-text"
            style={{ whiteSpace: 'pre-wrap', maxHeight: 420, overflow: 'auto' }}
          >
            {preview.text}
          </pre>
        </details>
      )}
    </div>
  )
}
