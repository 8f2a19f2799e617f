'use client'
import type { ClientField, GroupFieldClientComponent } from 'payload'
import { RenderFields, useConfig, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useId, useState } from 'react'

import {
  groupFigures,
  hasFigureValue,
  planFigures,
  type FigureGroupKey,
} from '@/modules/campaigns/domain/reportForm'
import type { FigureKey } from '@/modules/campaigns/domain/vocabulary'
import { RequiredFields } from '@/platform/fields/components/RequiredFields'
import { translate } from '@/modules/campaigns/i18n.client'

type Needs = { required: string[]; read: string[] }

const idOf = (value: unknown): string | null => {
  if (typeof value === 'number' || (typeof value === 'string' && value !== '')) return String(value)
  if (value && typeof value === 'object' && 'id' in value) return idOf(value.id)
  return null
}

/**
 * The report's figures as the plan asks for them: the figures the plan needs first, in groups by
 * kind, those it requires marked required (as the server checks on submit); every other figure
 * behind "Thêm số liệu khác", which opens by itself when one of them already holds a value.
 */
export const PlanFigures: GroupFieldClientComponent = ({
  field,
  path,
  permissions,
  readOnly,
  schemaPath: schemaPathFromProps,
}) => {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const text = (key: Parameters<typeof translate>[1]) => translate(i18n.language, key)
  const headingId = useId()
  const planId = useFormFields(([fields]) => idOf(fields.plan?.value))
  // The figures holding a value, as one text so the form re-renders this only when it changes.
  const filledText = useFormFields(([fields]) =>
    field.fields
      .map((f) => ('name' in f ? f.name : ''))
      .filter((name) => name && hasFigureValue(fields[`${path}.${name}`]?.value))
      .join(','),
  )
  // What the plan needs, kept with the plan it was read for: another plan's answer is no answer.
  const [loaded, setLoaded] = useState<{ planId: string; needs: Needs } | null>(null)
  const needs = loaded && loaded.planId === planId ? loaded.needs : null
  const [open, setOpen] = useState(false)

  useEffect(() => {
    if (!planId) return
    const api = `${config.serverURL}${config.routes.api}`
    let current = true
    const read = async (url: string) => {
      const res = await fetch(url, { credentials: 'include' })
      return res.ok ? ((await res.json()) as unknown) : null
    }
    void Promise.all([
      read(`${api}/campaign-plans/${planId}?depth=0&select[requiredFigures]=true`),
      read(
        `${api}/target-indicators?depth=0&limit=200&where[plan][equals]=${planId}` +
          `&where[ruleKind][equals]=reportedFigure&select[figure]=true`,
      ),
    ]).then(([plan, indicators]) => {
      if (!current) return
      setLoaded({
        planId,
        needs: {
          required: (plan as { requiredFigures?: string[] } | null)?.requiredFigures ?? [],
          read: ((indicators as { docs?: { figure?: string }[] } | null)?.docs ?? []).map(
            (d) => d.figure ?? '',
          ),
        },
      })
    })
    return () => {
      current = false
    }
  }, [planId, config.serverURL, config.routes.api])

  const figures = planFigures(needs?.required, needs?.read)
  const filled = filledText.split(',')
  const restFilled = figures.rest.some((key) => filled.includes(key))
  // Without a plan every figure is "other": show them rather than hide the whole form.
  const forcedOpen = !planId || restFilled
  // Opened once when it must be (React's "adjust state while rendering"); the user may close it again.
  const [wasForced, setWasForced] = useState(false)
  if (forcedOpen !== wasForced) {
    setWasForced(forcedOpen)
    if (forcedOpen) setOpen(true)
  }

  const byName = new Map(field.fields.map((f) => ['name' in f ? f.name : '', f] as const))
  const schemaPath = schemaPathFromProps ?? path
  const fieldPermissions = permissions === true ? true : (permissions?.fields ?? true)
  const groups = (keys: FigureKey[], level: 'needed' | 'rest') =>
    groupFigures(keys).map(({ group, keys: inGroup }) => (
      <Group
        key={`${level}-${group}`}
        group={group}
        heading={text(`reportForm.group.${group}`)}
        idPrefix={`${headingId}-${level}`}
      >
        <RenderFields
          fields={inGroup.flatMap((key): ClientField[] => {
            const f = byName.get(key)
            if (!f) return []
            // The plan requires it: the label's mark and aria-required, as the server's check.
            return [figures.required.includes(key) ? ({ ...f, required: true } as ClientField) : f]
          })}
          margins="small"
          parentIndexPath=""
          parentPath={path}
          parentSchemaPath={schemaPath}
          permissions={fieldPermissions}
          readOnly={readOnly}
        />
      </Group>
    ))

  const requiredPaths = new Set(figures.required.map((key) => `${path}.${key}`))
  return (
    <RequiredFields paths={requiredPaths}>
      <div
        className="field-type group-field report-figures"
        id={`field-${path.replace(/\./g, '__')}`}
        data-testid="report-figures"
      >
        <h3 className="group-field__title">{text('report.figures')}</h3>
        {!planId ? (
          <p className="report-figures__note">{text('reportForm.choosePlan')}</p>
        ) : needs === null ? null : (
          <section aria-label={text('reportForm.planFigures')} data-testid="plan-figures">
            {figures.needed.length === 0 ? (
              <p className="report-figures__note">{text('reportForm.noPlanFigures')}</p>
            ) : (
              <>
                {figures.required.length > 0 ? (
                  <p className="report-figures__note">{text('reportForm.requiredNote')}</p>
                ) : null}
                {groups(figures.needed, 'needed')}
              </>
            )}
          </section>
        )}
        <details
          className="report-figures__more"
          open={open}
          data-testid="more-figures"
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary>{text('reportForm.more')}</summary>
          {groups(needs || !planId ? figures.rest : [], 'rest')}
        </details>
        <style>{`
        .report-figures { margin-bottom: var(--base); }
        .report-figures__group { margin: calc(var(--base) * 0.75) 0; }
        .report-figures__group h4 { margin: 0 0 calc(var(--base) * 0.5); font-size: 1rem; }
        .report-figures__note { color: var(--theme-elevation-800); margin: 0 0 calc(var(--base) * 0.5); }
        .report-figures__more > summary { cursor: pointer; font-weight: 600; padding: calc(var(--base) * 0.5) 0; }
      `}</style>
      </div>
    </RequiredFields>
  )
}

const Group: React.FC<{
  group: FigureGroupKey
  heading: string
  idPrefix: string
  children: React.ReactNode
}> = ({ group, heading, idPrefix, children }) => (
  <section
    className="report-figures__group"
    aria-labelledby={`${idPrefix}-${group}`}
    data-testid={`figure-group-${group}`}
  >
    <h4 id={`${idPrefix}-${group}`}>{heading}</h4>
    {children}
  </section>
)
