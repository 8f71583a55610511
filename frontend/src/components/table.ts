/** A column of a VirtualTable. */
export interface VColumn {
  key: string
  title: string
  /** CSS grid track: "120px", "minmax(180px, 2fr)", "1fr" */
  width?: string
  align?: 'left' | 'right' | 'center'
  sortable?: boolean
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
