'use client'
import type { NumberFieldClientComponent } from 'payload'
import { TextInput, useField } from '@payloadcms/ui'
import React, { useEffect, useRef, useState } from 'react'

import { formatVietnameseNumber, parseVietnameseNumber } from '@/platform/input/numbers'

import { useRequired } from './RequiredFields'

const shown = (value: unknown): string =>
  typeof value === 'number'
    ? formatVietnameseNumber(value, 6)
    : typeof value === 'string'
      ? value
      : ''

/**
 * A number field that reads what a Vietnamese user types: "35,5" is 35.5 and "1.250" is 1250. The
 * text stays as typed; the form holds the number, or the text itself while it is not a number, so
 * the field shows "Vui lòng nhập số." until it is mended and the save is refused meanwhile.
 */
export const VietnameseNumberField: NumberFieldClientComponent = ({
  field,
  path: pathFromProps,
  readOnly,
}) => {
  const {
    customComponents: { AfterInput, BeforeInput, Description, Error, Label } = {},
    disabled,
    path,
    setValue,
    showError,
    value,
  } = useField<number | string | null>({ potentiallyStalePath: pathFromProps })
  const required = useRequired(path, field.required)
  const [text, setText] = useState(() => shown(value))
  const typing = useRef(false)
  // A value set from elsewhere (a reset, a reload) replaces the text; one the user typed does not.
  useEffect(() => {
    if (!typing.current) setText(shown(value))
    typing.current = false
  }, [value])
  const description = field.admin?.description
  return (
    <TextInput
      AfterInput={AfterInput}
      BeforeInput={BeforeInput}
      Description={Description}
      description={typeof description === 'function' ? undefined : description}
      Error={Error}
      Label={Label}
      label={field.label}
      // Required fields say so to assistive technology too (the text box is no native number box).
      htmlAttributes={{ autoComplete: 'off', ...(required ? { 'aria-required': true } : {}) }}
      onChange={(event: React.ChangeEvent<HTMLInputElement>) => {
        const raw = event.target.value
        typing.current = true
        setText(raw)
        setValue(raw.trim() === '' ? null : (parseVietnameseNumber(raw) ?? raw))
      }}
      path={path}
      readOnly={readOnly || disabled}
      required={required}
      showError={showError}
      value={text}
    />
  )
}
