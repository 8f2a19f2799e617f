'use client'
import { PublishButton, useAuth, useTranslation } from '@payloadcms/ui'
import { canPublish, type EditorialActor } from '@/modules/content/domain/workflow'
import { translate } from '@/modules/content/i18n.client'
import React from 'react'

/**
 * Payload's Publish button, shown only to those allowed to publish. Editors see a hint instead: they
 * save the draft and press "Gửi duyệt" (EditorialActions; the server enforces the same rule).
 */
export const GuardedPublishButton: React.FC<React.ComponentProps<typeof PublishButton>> = (
  props,
) => {
  const { user } = useAuth()
  const { i18n } = useTranslation()
  if (canPublish(user as EditorialActor)) return <PublishButton {...props} />
  return (
    <span
      className="guarded-publish-hint"
      style={{ alignSelf: 'center', fontSize: 'small', maxWidth: '22rem' }}
    >
      {translate(i18n.language, 'review.status.description')}
    </span>
  )
}
