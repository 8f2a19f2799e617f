/**
 * Numbers as Vietnamese users type them (vi-VN): a comma before the decimals ("35,5"), dots between
 * thousands ("1.250.000"). Pure: the admin's number inputs and the server use the same reading.
 */

const GROUPED_THOUSANDS = /^[1-9]\d{0,2}(?:\.\d{3})+$/

/**
 * The number a user typed, or null when the text is not one. Spaces (also non-breaking) and a
 * trailing "%" are ignored. "35,5" is 35.5 and "1.250" is 1250; "35.5" (a dot before one or two
 * digits, as English writes it) is also 35.5, as no Vietnamese number is written so. Text that could
 * be read two ways ("1,250.5", commas between thousands) is refused rather than guessed.
 */
export const parseVietnameseNumber = (text: string): number | null => {
  let body = text.replace(/[\s\u00a0\u202f]/g, '').replace(/%$/, '')
  let sign = 1
  if (/^[-−]/.test(body)) {
    sign = -1
    body = body.slice(1)
  } else if (body.startsWith('+')) body = body.slice(1)
  if (body === '' || /[^\d.,]/.test(body)) return null
  const commas = body.split(',').length - 1
  if (commas > 1) return null
  const [whole = '', decimals] = body.split(',')
  let integer: string
  if (whole.includes('.')) {
    if (GROUPED_THOUSANDS.test(whole)) integer = whole.replace(/\./g, '')
    else if (decimals === undefined && /^\d+\.\d+$/.test(whole)) return sign * Number(whole)
    else return null
  } else integer = whole
  if (integer === '' && decimals === undefined) return null
  if (decimals !== undefined && !/^\d+$/.test(decimals)) return null
  const value = Number(`${integer || '0'}${decimals === undefined ? '' : `.${decimals}`}`)
  return Number.isFinite(value) ? sign * value : null
}

/** A number written for Vietnamese readers ("35,5", "1.250.000"). */
export const formatVietnameseNumber = (value: number, maximumFractionDigits = 2): string =>
  value.toLocaleString('vi-VN', { maximumFractionDigits })
