/** A column of a VirtualTable. */
export interface VColumn {
  key: string
  title: string
  /** CSS grid track: "120px", "minmax(180px, 2fr)", "1fr" */
  width?: string
  align?: 'left' | 'right' | 'center'
  sortable?: boolean
  /** hidden while the table is narrower than this many pixels (a lower-priority column) */
  hideBelow?: number
  /** stays in view on the left when the table scrolls sideways (the column that names the row) */
  sticky?: boolean
}

/** shownColumns drops the lower-priority columns a table of this width has no room for (0: not measured yet, all). */
export function shownColumns(columns: VColumn[], width: number): VColumn[] {
  if (width <= 0) return columns
  return columns.filter((c) => !c.hideBelow || width >= c.hideBelow)
}

/** minWidthOf estimates the width under which the table scrolls sideways. */
export function minWidthOf(columns: VColumn[]): number {
  let sum = 0
  for (const c of columns) {
    const w = c.width ?? '1fr'
    const px = /(\d+)px/.exec(w)
    sum += px ? Number(px[1]) : 140
  }
  return sum
}
