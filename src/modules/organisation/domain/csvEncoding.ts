/**
 * The text of a spreadsheet export, whatever Vietnamese office software wrote it: UTF-8 with or
 * without a byte-order mark (Excel's "CSV UTF-8", LibreOffice), UTF-16 little or big endian
 * (Excel's "Unicode text", tab-separated, with a mark), and Windows-1258 (Excel's plain "CSV" on a
 * Vietnamese Windows, which writes tone marks as separate combining characters). The result is in
 * Unicode's composed form (NFC), so "xã" typed either way compares equal.
 */
export type DetectedEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258'

const decode = (encoding: string, bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes)

/** Without a mark, UTF-16 shows as a zero byte in every other position of ASCII text. */
const looksUtf16 = (bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null => {
  const sample = bytes.subarray(0, Math.min(bytes.length, 400))
  if (sample.length < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < sample.length; i++)
    if (sample[i] === 0) {
      if (i % 2 === 0) evenZeros++
      else oddZeros++
    }
  const half = sample.length / 2
  if (oddZeros > half * 0.3 && evenZeros < half * 0.05) return 'utf-16le'
  if (evenZeros > half * 0.3 && oddZeros < half * 0.05) return 'utf-16be'
  return null
}

/** Decodes a CSV file's bytes and says which encoding they were in. */
export const decodeCsv = (bytes: Uint8Array): { text: string; encoding: DetectedEncoding } => {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]]
  let text: string
  let encoding: DetectedEncoding
  if (a === 0xef && b === 0xbb && c === 0xbf) {
    text = decode('utf-8', bytes)
    encoding = 'utf-8-bom'
  } else if (a === 0xff && b === 0xfe) {
    text = decode('utf-16le', bytes)
    encoding = 'utf-16le'
  } else if (a === 0xfe && b === 0xff) {
    text = decode('utf-16be', bytes)
    encoding = 'utf-16be'
  } else {
    const wide = looksUtf16(bytes)
    if (wide) {
      text = decode(wide, bytes)
      encoding = wide
    } else {
      try {
        text = decode('utf-8', bytes, true)
        encoding = 'utf-8'
      } catch {
        // Not valid UTF-8: the legacy Vietnamese code page is what Windows writes for "CSV".
        text = decode('windows-1258', bytes)
        encoding = 'windows-1258'
      }
    }
  }
  // A mark the decoder kept (UTF-16 read by guess) is not part of the first header.
  return { text: text.replace(/^\uFEFF/, '').normalize('NFC'), encoding }
}
