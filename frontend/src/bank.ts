// Pure helpers of the « Banque » page: bank CSV mappings, scores. No Vue: unit-tested. (A credit spread over
// invoices: allocation.ts.)
import { CSV_MAPPING_FIELDS, emptyCSVMapping, type BankPreset, type CSVMapping } from './api/types'

/** fold compares header names as the Go side does: no accents, no case, letters and digits only. */
export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

/**
 * presetMapping applies a bank preset to a file's headers: each field goes to the column of the same name (the
 * preset's indexes point into its own headers). When no name matches but the file has exactly the preset's
 * columns (a header renamed or missing), by position.
 */
export function presetMapping(preset: BankPreset, headers: string[], skipRows = 0): CSVMapping {
  const m: CSVMapping = { ...emptyCSVMapping(), preset: preset.id, dateLayout: preset.mapping.dateLayout, skipRows }
  const folded = headers.map(fold)
  let named = 0
  for (const f of CSV_MAPPING_FIELDS) {
    const i = preset.mapping[f]
    if (i < 0) continue
    const at = folded.indexOf(fold(preset.headers[i] ?? ''))
    if (at >= 0) named++
    m[f] = at
  }
  if (named === 0 && headers.length === preset.headers.length) {
    for (const f of CSV_MAPPING_FIELDS) m[f] = preset.mapping[f]
  }
  return m
}

export type MappingProblem = 'date' | 'amount' | 'both' | 'duplicate'

/** mappingProblems lists what the Go side would refuse in a mapping (the Go message names the columns). */
export function mappingProblems(m: CSVMapping): MappingProblem[] {
  const out: MappingProblem[] = []
  if (m.date < 0) out.push('date')
  if (m.amount < 0 && m.credit < 0 && m.debit < 0) out.push('amount')
  if (m.amount >= 0 && (m.credit >= 0 || m.debit >= 0)) out.push('both')
  const used = CSV_MAPPING_FIELDS.map((f) => m[f]).filter((i) => i >= 0)
  if (new Set(used).size !== used.length) out.push('duplicate')
  return out
}

/** scoreType: the colour of a suggestion's score (sure ≥ 90, likely ≥ 60). */
export function scoreType(score: number): 'success' | 'warning' | 'default' {
  return score >= 90 ? 'success' : score >= 60 ? 'warning' : 'default'
}
