import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'

// Wails serves the built files from its own scheme: relative asset paths and a hash router.
export default defineConfig({
  base: './',
  plugins: [vue()],
  define: {
    __VUE_I18N_FULL_INSTALL__: 'true',
    __VUE_I18N_LEGACY_API__: 'false',
    __INTLIFY_PROD_DEVTOOLS__: 'false',
    __INTLIFY_JIT_COMPILATION__: 'true',
    __INTLIFY_DROP_MESSAGE_COMPILER__: 'false',
  },
  build: {
    outDir: 'dist',
    // dist/.gitkeep is committed (go:embed needs the folder): scripts/clean-dist.mjs empties the rest instead.
    emptyOutDir: false,
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      output: {
        manualChunks(id) {
          // Naive UI (and what it alone uses) is left to Rollup: the first screen then loads only the components of
          // the shell and the dashboard (~330 KB) instead of the whole library (800 KB, parsed and run before the
          // page mounts); each page's chunk brings the others.
          if (/node_modules\/(naive-ui|date-fns|vueuc|css-render|@css-render)\//.test(id)) return undefined
          if (id.includes('node_modules')) return 'vendor'
          return undefined
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.ts'],
    setupFiles: ['src/test-setup.ts'],
    server: { deps: { inline: ['naive-ui'] } },
  },
})
