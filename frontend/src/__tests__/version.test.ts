import { describe, expect, it } from 'vitest'
import { splitVersion } from '../version'

describe('splitVersion', () => {
  it('shows the version and keeps the commit for « À propos »', () => {
    expect(splitVersion('v1.2.0')).toEqual({ version: '1.2.0', build: '' })
    expect(splitVersion('1.2.0')).toEqual({ version: '1.2.0', build: '' })
    expect(splitVersion('v1.2.0-3-g56c0f8f')).toEqual({ version: '1.2.0', build: '56c0f8f' })
    expect(splitVersion('v1.2.0-3-g56c0f8f-dirty')).toEqual({ version: '1.2.0', build: '56c0f8f-dirty' })
    // No tag yet: a development build, never a hash in place of the version.
    expect(splitVersion('56c0f8f')).toEqual({ version: '', build: '56c0f8f' })
    expect(splitVersion('0.1.0-dev')).toEqual({ version: '0.1.0-dev', build: '' })
    expect(splitVersion('dev')).toEqual({ version: '', build: '' })
  })
})
