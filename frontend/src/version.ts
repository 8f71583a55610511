// The build's version as people read it. `make` stamps `git describe --tags --always`: « v1.2.0 » on a release,
// « v1.2.0-3-g56c0f8f » a few commits after it, a bare commit hash « 56c0f8f » where no tag exists yet. The
// sidebar shows the version; the commit goes to « À propos ».

export interface BuildVersion {
  /** « 1.2.0 », or '' for a development build without a release */
  version: string
  /** the commit hash (« -dirty » when built from modified files), '' on a release */
  build: string
}

export function splitVersion(raw: string): BuildVersion {
  const s = raw.trim()
  let m = /^v?(\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.]+)?)-(\d+)-g([0-9a-f]{7,40})(-dirty)?$/.exec(s)
  if (m) return { version: m[1], build: m[3] + (m[4] ?? '') }
  m = /^([0-9a-f]{7,40})(-dirty)?$/.exec(s)
  if (m) return { version: '', build: m[1] + (m[2] ?? '') }
  m = /^v?(\d+\.\d+\.\d+.*)$/.exec(s)
  if (m) return { version: m[1], build: '' }
  return { version: s === 'dev' ? '' : s, build: '' }
}
