// The data of the SVG charts (BarChart.vue, LineChart.vue).

export type BarTone = 'primary' | 'success' | 'warning' | 'error' | 'muted'

export interface Bar {
  key: string
  label: string
  value: number
  /** the value as written above the bar */
  display: string
  /** a second line under the label (« 3 factures ») */
  sub?: string
  /** tooltip */
  hint?: string
  tone?: BarTone
}

export interface LinePoint {
  label: string
  /** null: no data that month (the line breaks) */
  value: number | null
  /** tooltip of the point */
  hint?: string
}
