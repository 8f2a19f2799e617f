/**
 * Writes text the way Vietnamese Windows' "CSV" export does: Windows-1258, which has the vowels with
 * hat, breve or horn (â, ă, ơ, ư…) as single bytes but the five tone marks as separate combining
 * bytes after the vowel. Characters it lacks become "?".
 */
const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323'])

export const encodeWindows1258 = (text: string): Buffer => {
  const table = new Map<string, number>()
  const decoder = new TextDecoder('windows-1258')
  for (let byte = 0; byte < 256; byte++) table.set(decoder.decode(Uint8Array.of(byte)), byte)
  const out: number[] = []
  for (const char of text.normalize('NFC')) {
    const parts = [...char.normalize('NFD')]
    const base = parts
      .filter((p) => !TONES.has(p))
      .join('')
      .normalize('NFC')
    for (const piece of [base, ...parts.filter((p) => TONES.has(p))])
      out.push(table.get(piece) ?? 0x3f)
  }
  return Buffer.from(out)
}

/** UTF-16 with its byte-order mark, as Excel's "Unicode text" writes it. */
export const encodeUtf16 = (text: string, endian: 'le' | 'be' = 'le'): Buffer => {
  const le = Buffer.from(text, 'utf16le')
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le])
  const be = Buffer.from(le)
  for (let i = 0; i + 1 < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!]
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be])
}
