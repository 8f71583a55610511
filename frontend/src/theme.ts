import type { GlobalThemeOverrides } from 'naive-ui'

const common = {
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, Ubuntu, Cantarell, "Noto Sans", sans-serif',
  fontFamilyMono: '"JetBrains Mono", "Cascadia Code", Menlo, Consolas, "DejaVu Sans Mono", monospace',
  borderRadius: '8px',
  borderRadiusSmall: '6px',
}

export const lightOverrides: GlobalThemeOverrides = {
  common: {
    ...common,
    primaryColor: '#4154d6',
    primaryColorHover: '#5467e6',
    primaryColorPressed: '#3344b8',
    primaryColorSuppl: '#5467e6',
    bodyColor: '#f5f6fa',
  },
  Card: { borderRadius: '12px' },
}

export const darkOverrides: GlobalThemeOverrides = {
  common: {
    ...common,
    primaryColor: '#8b9bff',
    primaryColorHover: '#a3b0ff',
    primaryColorPressed: '#6f80f0',
    primaryColorSuppl: '#a3b0ff',
    bodyColor: '#141519',
    cardColor: '#1c1d23',
    modalColor: '#1f2027',
    popoverColor: '#23242c',
  },
  Card: { borderRadius: '12px' },
}
