import { describe, expect, it } from 'vitest'
import { curlyApostrophes, frenchSpacing, goText, mapMessages } from '../typography'
import { toAppError } from '../api/errors'
import { i18n } from '../i18n'

const NB = '\u00a0'

describe('frenchSpacing', () => {
  it('puts a no-break space before : ; ! ? and inside « »', () => {
    expect(frenchSpacing('Dernier contact : jamais')).toBe(`Dernier contact${NB}: jamais`)
    expect(frenchSpacing('Quitter sans enregistrer ?')).toBe(`Quitter sans enregistrer${NB}?`)
    expect(frenchSpacing('Attention ! Deux ; trois')).toBe(`Attention${NB}! Deux${NB}; trois`)
    expect(frenchSpacing('« Plus tard »')).toBe(`«${NB}Plus tard${NB}»`)
    expect(frenchSpacing('a\u202f: b')).toBe(`a${NB}: b`)
  })

  it('leaves signs with no space before them: times, addresses, parameters', () => {
    for (const s of ['10:30', 'https://example.com/?a=1', 'relance:demo', '{n} facture | {n} factures', '@:common.save']) {
      expect(frenchSpacing(s)).toBe(s)
    }
  })
})

describe('goText', () => {
  it('starts with a capital and writes the apostrophe and spaces as the interface does', () => {
    expect(goText("messagerie non configurée : renseignez votre serveur d'envoi")).toBe(
      `Messagerie non configurée${NB}: renseignez votre serveur d’envoi`,
    )
    expect(goText('état')).toBe('État')
    expect(goText("l'adresse manque")).toBe('L’adresse manque')
    expect(goText('')).toBe('')
    // A file name, an address or a code is not a word to capitalise.
    expect(goText('releve.ofx, ligne 14 : montant invalide')).toBe(`releve.ofx, ligne 14${NB}: montant invalide`)
    expect(goText('compta@example.com refusée')).toBe('compta@example.com refusée')
    expect(goText('json: cannot unmarshal')).toBe('json: cannot unmarshal')
  })

  it('is idempotent and leaves English spacing alone', () => {
    const once = goText("l'adresse : vide ?")
    expect(goText(once)).toBe(once)
    expect(goText("mailbox not set up: it's missing", 'en')).toBe("Mailbox not set up: it's missing")
  })

  it("only turns an apostrophe between letters", () => {
    expect(curlyApostrophes("aujourd'hui 'cité' l'Étang")).toBe("aujourd’hui 'cité' l’Étang")
  })
})

describe('the i18n layer', () => {
  it('applies French spacing to every French message, none to English ones', () => {
    const t = i18n.global.t
    i18n.global.locale.value = 'fr'
    expect(t('unsaved.title')).not.toMatch(/ [:;!?]/)
    const all: string[] = []
    mapMessages(i18n.global.getLocaleMessage('fr'), (s) => {
      all.push(s)
      return s
    })
    expect(all.length).toBeGreaterThan(500)
    expect(all.filter((s) => / [:;!?»]|« /.test(s))).toEqual([])
    expect(all.some((s) => s.includes(`${NB}:`))).toBe(true)
    const en: string[] = []
    mapMessages(i18n.global.getLocaleMessage('en'), (s) => {
      en.push(s)
      return s
    })
    expect(en.some((s) => s.includes(`${NB}:`))).toBe(false)
    // The English interface quotes as English does.
    expect(en.filter((s) => /[«»]/.test(s))).toEqual([])
  })
})

describe('errors from the Go side', () => {
  it('are shown with a capital, the curly apostrophe and French spaces', () => {
    const e = toAppError(JSON.stringify({ code: 'EINVALID', message: "ligne 12 : date d'échéance invalide", fields: [{ field: 'dueDate', message: "date d'échéance manquante" }] }))
    expect(e.message).toBe(`Ligne 12${NB}: date d’échéance invalide`)
    expect(e.fields?.[0].message).toBe("date d'échéance manquante") // completes its field's label, as written
    expect(e.code).toBe('EINVALID')
  })
})
