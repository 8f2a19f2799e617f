'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { answerMessage } from '@/platform/errors/answer'

/**
 * An action button's request in the admin (resend a mail, retry a job, erase a person's data…):
 * asks `confirmText` first if given, POSTs to `path` in the reader's language, shows the app's own
 * answer as a toast and reloads the page's data. `body`, if given, is sent as JSON. `post` answers
 * whether the action succeeded.
 */
export const useDocumentAction = () => {
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const post = async (path: string, confirmText?: string, body?: object): Promise<boolean> => {
    if (confirmText && !window.confirm(confirmText)) return false
    setBusy(true)
    try {
      const res = await fetch(path, {
        method: 'POST',
        credentials: 'include',
        headers: {
          'Accept-Language': i18n.language,
          ...(body ? { 'Content-Type': 'application/json' } : {}),
        },
        ...(body ? { body: JSON.stringify(body) } : {}),
      })
      const answer: unknown = await res.json().catch(() => ({}))
      if (res.ok) toast.success(answerMessage(answer, ''))
      else toast.error(answerMessage(answer, res.statusText))
      router.refresh()
      return res.ok
    } finally {
      setBusy(false)
    }
  }
  return { busy, post }
}
