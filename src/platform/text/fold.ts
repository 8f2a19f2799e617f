/**
 * Folds Vietnamese text for tone-insensitive matching: "Cải cách THỦ TỤC" → "cai cach thu tuc".
 * Works on composed (NFC) and decomposed (NFD) input alike; `đ`/`Đ` become `d`.
 */
export const foldVietnamese = (input: string): string =>
  input
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .normalize('NFC')

/** Folds and collapses whitespace, for comparing short labels such as a level name in a CSV cell. */
export const foldKey = (input: string): string => foldVietnamese(input).trim().replace(/\s+/g, ' ')
