'use client'
import { Button, useFormModified } from '@payloadcms/ui'
import React, { useEffect, useId, useRef, useState } from 'react'

import { useDocumentAction } from './useDocumentAction'
import './workflowButtons.scss'

export type WorkflowButton = { name: string; label: string; needsReason?: boolean }

export type WorkflowButtonsProps = {
  /** `/api/<collection>/<id>/actions`; each button POSTs to `<path>/<name>`. */
  path: string
  /** The buttons the server's rule allows this reader, in order. */
  actions: WorkflowButton[]
  texts: {
    group: string
    saveFirst: string
    dialogTitle: string
    reason: string
    reasonRequired: string
    cancel: string
  }
}

/**
 * A document's workflow steps as buttons (submit, return, approve…). The server decides which the
 * reader may take and renders them; a step that needs a reason asks for it in a modal dialog first.
 * Unsaved edits must be saved first (a step acts on the saved document).
 */
export const WorkflowButtons: React.FC<WorkflowButtonsProps> = ({ path, actions, texts }) => {
  const { busy, post } = useDocumentAction()
  const modified = useFormModified()
  const [asking, setAsking] = useState<WorkflowButton | null>(null)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState('')
  const dialog = useRef<HTMLDialogElement>(null)
  const ids = useId()

  useEffect(() => {
    if (asking && !dialog.current?.open) dialog.current?.showModal()
    if (!asking && dialog.current?.open) dialog.current.close()
  }, [asking])

  if (actions.length === 0) return null

  const act = async (action: WorkflowButton, body?: object) => {
    const done = await post(`${path}/${action.name}`, undefined, body)
    if (done) setAsking(null)
  }
  const start = (action: WorkflowButton) => {
    if (!action.needsReason) return void act(action)
    setReason('')
    setProblem('')
    setAsking(action)
  }
  // No <form>: the dialog sits inside the document's own form, and forms do not nest.
  const confirm = () => {
    if (!asking) return
    if (!reason.trim()) return setProblem(texts.reasonRequired)
    void act(asking, { reason })
  }

  return (
    <div className="workflow-buttons" role="group" aria-label={texts.group}>
      {actions.map((action) => (
        <Button
          key={action.name}
          buttonStyle={action.needsReason ? 'secondary' : 'primary'}
          className="workflow-buttons__button"
          disabled={busy || modified}
          onClick={() => start(action)}
          size="medium"
        >
          {action.label}
        </Button>
      ))}
      {modified && <span className="workflow-buttons__hint">{texts.saveFirst}</span>}
      <dialog
        ref={dialog}
        className="workflow-buttons__dialog"
        aria-labelledby={`${ids}-title`}
        onClose={() => setAsking(null)}
      >
        <div className="workflow-buttons__dialog-body">
          <h2 id={`${ids}-title`}>{texts.dialogTitle}</h2>
          <label htmlFor={`${ids}-reason`}>{texts.reason}</label>
          <textarea
            id={`${ids}-reason`}
            name="reason"
            rows={4}
            value={reason}
            aria-invalid={problem !== ''}
            aria-describedby={problem ? `${ids}-problem` : undefined}
            onChange={(e) => {
              setReason(e.target.value)
              setProblem('')
            }}
          />
          {problem && (
            <p id={`${ids}-problem`} role="alert" className="workflow-buttons__problem">
              {problem}
            </p>
          )}
          <div className="workflow-buttons__dialog-actions">
            <Button buttonStyle="primary" disabled={busy} onClick={confirm} size="medium">
              {asking?.label}
            </Button>
            <Button
              type="button"
              buttonStyle="secondary"
              onClick={() => setAsking(null)}
              size="medium"
            >
              {texts.cancel}
            </Button>
          </div>
        </div>
      </dialog>
    </div>
  )
}
