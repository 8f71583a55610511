import { describe, expect, it } from 'vitest'
import { mappingProblems, presetMapping, scoreType } from '../bank'
import { emptyCSVMapping } from '../api'

describe('bank helpers', () => {
  it('applies a bank preset to a file by column names, whatever their order', () => {
    const lcl = {
      id: 'lcl',
      name: 'LCL',
      headers: ['Date opération', 'Date valeur', 'Libellé', 'Débit', 'Crédit'],
      mapping: { ...emptyCSVMapping(), date: 0, valueDate: 1, label: 2, debit: 3, credit: 4, dateLayout: '02/01/2006' },
    }
    const m = presetMapping(lcl, ['Libelle', 'DATE OPERATION', 'Crédit', 'Débit', 'Solde'], 1)
    expect(m).toMatchObject({ preset: 'lcl', date: 1, valueDate: -1, label: 0, credit: 2, debit: 3, amount: -1, dateLayout: '02/01/2006', skipRows: 1 })
    // Same number of columns, other names: by position.
    expect(presetMapping(lcl, ['a', 'b', 'c', 'd', 'e'])).toMatchObject({ date: 0, valueDate: 1, label: 2, debit: 3, credit: 4 })
  })

  it('says what a mapping lacks', () => {
    expect(mappingProblems(emptyCSVMapping())).toEqual(['date', 'amount'])
    expect(mappingProblems({ ...emptyCSVMapping(), date: 0, amount: 1 })).toEqual([])
    expect(mappingProblems({ ...emptyCSVMapping(), date: 0, credit: 1, debit: 2 })).toEqual([])
    expect(mappingProblems({ ...emptyCSVMapping(), date: 0, amount: 1, credit: 2 })).toEqual(['both'])
    expect(mappingProblems({ ...emptyCSVMapping(), date: 1, amount: 1 })).toEqual(['duplicate'])
  })

  it('colours a score', () => {
    expect([scoreType(95), scoreType(90), scoreType(75), scoreType(20)]).toEqual(['success', 'success', 'warning', 'default'])
  })
})
