import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTs from 'eslint-config-next/typescript'

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      '.next/**',
      'node_modules/**',
      'migrations/**',
      'payload-types.ts',
      'app/(payload)/admin/importMap.js',
      'tmp/**',
      '.data/**',
      'next-env.d.ts',
    ],
  },
]

export default config
