'use client'
import { Button, useAuth, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useState } from 'react'

import type { User } from '@/payload-types'
import { answerMessage } from '@/platform/errors/answer'
import type { MessageParams } from '@/platform/i18n/catalog'
import { isAdminUser } from '@/platform/roles'
import { translate, type TextKey as MessageKey } from '@/modules/organisation/i18n.client'

type Kind = 'merge' | 'split' | 'rename' | 'move'
type Target = { name: string; code: string; parent: string; type: string }

type Answer = {
  ok: boolean
  dryRun: boolean
  closeOn: string
  effectiveDate: string
  sources: { code: string; name: string }[]
  targets: { code: string; name: string; existing: boolean }[]
  moves: { groupLabel: string; label: string; from: string; to: string | null }[]
}

const emptyTarget = (): Target => ({ name: '', code: '', parent: '', type: '' })
const day = (iso: string) => iso.split('-').reverse().join('/')
const typeOptions = ['', 'xa', 'phuong', 'dacKhu', 'tinh', 'thanhPhoTW'] as const

/**
 * The reorganisation wizard above the units list (admins): 1. what happens and to which units,
 * 2. the unit(s) it makes, 3. a preview of everything that would close, open and move (a dry run
 * of `POST /api/units/reorganize`), 4. apply — one transaction on the server, refused as a whole
 * with every reason if anything does not fit.
 */
export const ReorganiseUnits: React.FC = () => {
  const { user } = useAuth<User>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const tr = (key: MessageKey, params?: MessageParams) => translate(i18n.language, key, params)
  const [kind, setKind] = useState<Kind>('merge')
  const [sources, setSources] = useState('')
  const [effectiveDate, setEffectiveDate] = useState('')
  const [targets, setTargets] = useState<Target[]>([emptyTarget()])
  const [splitDefault, setSplitDefault] = useState('')
  const [preview, setPreview] = useState<Answer | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [done, setDone] = useState(false)
  const [busy, setBusy] = useState(false)

  if (!isAdminUser(user)) return null

  const changed = () => {
    setPreview(null)
    setProblem(null)
    setDone(false)
  }
  const request = () => ({
    kind,
    sources: sources
      .split(/[,;\s]+/)
      .map((code) => code.trim())
      .filter(Boolean),
    effectiveDate,
    targets: targets.map((target) => ({
      code: target.code.trim(),
      name: target.name.trim(),
      ...(target.parent.trim() ? { parent: target.parent.trim() } : {}),
      ...(target.type ? { type: target.type } : {}),
    })),
    ...(kind === 'split' && splitDefault.trim()
      ? { assign: { default: splitDefault.trim() } }
      : {}),
  })

  const send = async (dryRun: boolean) => {
    setBusy(true)
    setProblem(null)
    try {
      const res = await fetch('/api/units/reorganize', {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', 'Accept-Language': i18n.language },
        body: JSON.stringify({ ...request(), dryRun }),
      })
      const body: unknown = await res.json()
      if (!res.ok) {
        setPreview(null)
        setProblem(answerMessage(body, res.statusText))
        return
      }
      if (dryRun) setPreview(body as Answer)
      else {
        setPreview(body as Answer)
        setDone(true)
        router.refresh()
      }
    } finally {
      setBusy(false)
    }
  }

  const setTarget = (index: number, patch: Partial<Target>) => {
    changed()
    setTargets(targets.map((target, i) => (i === index ? { ...target, ...patch } : target)))
  }

  return (
    <details className="reorganise-units" style={{ marginBottom: 'var(--base)' }}>
      <summary style={{ cursor: 'pointer', fontWeight: 600 }}>{tr('wizard.open')}</summary>
      <p>{tr('wizard.help')}</p>
      <fieldset style={{ border: 0, padding: 0, display: 'grid', gap: 8, maxWidth: 720 }}>
        <label>
          1. {tr('wizard.kind')}{' '}
          <select
            name="reorg-kind"
            onChange={(e) => {
              changed()
              const next = e.target.value as Kind
              setKind(next)
              setTargets(next === 'split' ? [emptyTarget(), emptyTarget()] : [emptyTarget()])
            }}
            value={kind}
          >
            {(['merge', 'split', 'rename', 'move'] as const).map((value) => (
              <option key={value} value={value}>
                {tr(`lineage.${value}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr('wizard.sources')}{' '}
          <input
            name="reorg-sources"
            onChange={(e) => {
              changed()
              setSources(e.target.value)
            }}
            style={{ width: '100%' }}
            type="text"
            value={sources}
          />
        </label>
        <label>
          {tr('wizard.effectiveDate')}{' '}
          <input
            name="reorg-date"
            onChange={(e) => {
              changed()
              setEffectiveDate(e.target.value)
            }}
            type="date"
            value={effectiveDate}
          />
        </label>
        {targets.map((target, index) => (
          <fieldset
            data-target={index}
            key={index}
            style={{ border: '1px solid var(--theme-elevation-150)', padding: 8 }}
          >
            <legend>
              2. {tr('wizard.target')} {targets.length > 1 ? index + 1 : ''}
            </legend>
            <label>
              {tr('wizard.targetName')}{' '}
              <input
                name={`reorg-target-name-${index}`}
                onChange={(e) => setTarget(index, { name: e.target.value })}
                type="text"
                value={target.name}
              />
            </label>{' '}
            <label>
              {tr('wizard.targetCode')}{' '}
              <input
                name={`reorg-target-code-${index}`}
                onChange={(e) => setTarget(index, { code: e.target.value })}
                type="text"
                value={target.code}
              />
            </label>{' '}
            <label>
              {tr('wizard.targetParent')}{' '}
              <input
                name={`reorg-target-parent-${index}`}
                onChange={(e) => setTarget(index, { parent: e.target.value })}
                type="text"
                value={target.parent}
              />
            </label>{' '}
            <label>
              {tr('wizard.targetType')}{' '}
              <select
                name={`reorg-target-type-${index}`}
                onChange={(e) => setTarget(index, { type: e.target.value })}
                value={target.type}
              >
                {typeOptions.map((value) => (
                  <option key={value} value={value}>
                    {value ? tr(`type.${value}`) : '—'}
                  </option>
                ))}
              </select>
            </label>
          </fieldset>
        ))}
        {kind === 'split' && (
          <>
            <Button
              buttonStyle="secondary"
              onClick={() => {
                changed()
                setTargets([...targets, emptyTarget()])
              }}
            >
              {tr('wizard.addTarget')}
            </Button>
            <label>
              {tr('wizard.assignDefault')}{' '}
              <input
                name="reorg-split-default"
                onChange={(e) => {
                  changed()
                  setSplitDefault(e.target.value)
                }}
                type="text"
                value={splitDefault}
              />
            </label>
          </>
        )}
      </fieldset>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)', marginTop: 8 }}>
        <Button buttonStyle="secondary" disabled={busy} onClick={() => void send(true)}>
          3. {tr('wizard.preview')}
        </Button>
        <Button disabled={busy || !preview || done} onClick={() => void send(false)}>
          4. {tr('wizard.apply')}
        </Button>
      </div>
      {problem && (
        <p className="reorganise-problem" role="alert">
          {problem}
        </p>
      )}
      {preview && (
        <div className="reorganise-preview" role="status">
          <h4>{done ? tr('wizard.done') : tr('wizard.previewTitle')}</h4>
          <ul>
            {preview.sources.map((source) => (
              <li key={source.code}>
                {source.name} ({source.code}): {tr('wizard.closes', { day: day(preview.closeOn) })}
              </li>
            ))}
            {preview.targets.map((target) => (
              <li key={target.code}>
                {target.name} ({target.code}){' '}
                {target.existing
                  ? tr('wizard.existing')
                  : tr('wizard.opens', { day: day(preview.effectiveDate) })}
              </li>
            ))}
          </ul>
          {preview.moves.length === 0 ? (
            <p>{tr('wizard.nothingMoves')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{tr('wizard.what')}</th>
                  <th>{tr('wizard.item')}</th>
                  <th>{tr('wizard.from')}</th>
                  <th>{tr('wizard.to')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.moves.map((move, i) => (
                  <tr key={i}>
                    <td>{move.groupLabel}</td>
                    <td>{move.label}</td>
                    <td>{move.from}</td>
                    <td>{move.to ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </details>
  )
}
