// How the import screens name a CSV file's columns: by spreadsheet letter and header, so that a column without a
// header (or two with the same one) can still be told apart.

/** colName gives a column's spreadsheet letter: 0 → "A", 25 → "Z", 26 → "AA". */
export function colName(i: number): string {
  let s = ''
  let n = i + 1
  while (n > 0) {
    const r = (n - 1) % 26
    s = String.fromCharCode(65 + r) + s
    n = Math.floor((n - 1) / 26)
  }
  return s
}

/** columnTitle gives "C · Montant"; `untitled` stands for an empty header. */
export function columnTitle(i: number, header: string, untitled: string): string {
  return `${colName(i)} · ${header || untitled}`
}
