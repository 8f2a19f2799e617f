import type { CalendarStatus } from './calendar'

/**
 * How an airing's state looks wherever it is shown (the calendar, the list to confirm): dark text on
 * a light tint, each pair above 4.5:1 (WCAG AA), and always with a mark and a word, never the colour
 * alone.
 */
export const airingStatusLook: Record<
  CalendarStatus,
  { mark: string; color: string; background: string }
> = {
  aired: { mark: '✓', color: '#0f5323', background: '#dafbe1' },
  missed: { mark: '✕', color: '#86061d', background: '#ffebe9' },
  awaiting: { mark: '?', color: '#633c01', background: '#fff8c5' },
  upcoming: { mark: '○', color: '#0a3069', background: '#ddf4ff' },
}
