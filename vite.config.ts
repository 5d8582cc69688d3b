import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { VitePWA } from 'vite-plugin-pwa';
import { questionnaires } from './scripts/vite-plugin-questionnaires.ts';
import { fileURLToPath } from 'node:url';
import pkg from './package.json' with { type: 'json' };

export default defineConfig({
  root: 'src/client',
  publicDir: '../../static',
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
  },
  build: {
    outDir: '../../dist',
    emptyOutDir: true,
    target: 'es2022',
    // Source maps stay out of the precache and of users' downloads.
    sourcemap: false,
    modulePreload: false,
    rolldownOptions: {
      output: {
        // Fewer files on the paths that must be fast. Left alone, the bundler cut the first screen in
        // nine files and a deep link to the result in seventeen more: each one a request the service
        // worker answers (offline) or a round trip on a phone's network (Lighthouse), several of them
        // before the questionnaire file could even start. Groups are taken in this order; a module goes
        // to the first one that claims it, with the modules it imports (unless already claimed).
        codeSplitting: {
          groups: [
            // The first screen: index.html's entry and everything it imports statically, one file.
            { name: 'index', tags: ['$initial'] },
            // The database's code (Dexie and the modules that write): every screen but the first one loads
            // it, and the first one with its first change (the first screen reads without it).
            { name: 'database', test: /node_modules[\\/]dexie[\\/]|src[\\/]client[\\/]storage[\\/](db|resilience|upgrade|organizations|assessments|settings|outbox-count)\.ts/ },
            // One assessment's state: the questionnaire, result and roadmap screens all load it. With the
            // words the questionnaire shares with the result (respondents, the inventory's links): in the
            // 'outcome' group they would bring it, and the database's code, before the questionnaire's
            // first frame, which needs neither. With the drawing of long lists a few entries per frame
            // (the questionnaire's and the plan's).
            { name: 'assessment', test: /src[\\/]client[\\/](state[\\/]assessment\.svelte|reveal\.svelte|components[\\/]AssessmentFailure|export[\\/]download|i18n[\\/](respondents|inventory-link|result-heading|roadmap-heading)\.ts)/ },
            // The questionnaire screen and the parts only it draws (its questions, their choices, the step's
            // navigation): one file rather than seven, each of which cost the screen a request.
            {
              name: 'questionnaire-screen',
              test: /src[\\/]client[\\/](screens[\\/](Questionnaire\.svelte|parts[\\/]Step)|components[\\/](ItemQuestion|ChoiceCard|StepsProgress|ToConfirm|CarryOverNotice|data[\\/]StorageFullAlert|inventory[\\/]InventoryReminder))/,
            },
            // The inventory of data assets and skills: its lists, records, readiness from facts and words,
            // which the inventory, questionnaire, result and path screens share. One file rather than
            // eight: each file is also a name in the first screen's preload map, which has no room to spare.
            // Before the result's group: its storage is the questionnaire's reminders' too, which must not
            // bring the result's code with them.
            {
              name: 'inventory',
              test: /src[\\/](core[\\/]inventory[\\/]|client[\\/](state[\\/]inventory|storage[\\/]inventory|questionnaires[\\/]inventory-lists|i18n[\\/]inventory|report[\\/]law25))|questionnaires[\\/]inventory[\\/]/,
            },
            // What the result, roadmap and path add: history, plan, exports. With the small parts the result
            // shares with the screens that load this file anyway (the tables' scrolling, the respondents'
            // state, the counts of peers): three requests fewer for the result.
            {
              name: 'outcome',
              test: /src[\\/](client[\\/](state[\\/](outcome|respondents)\.svelte|charts[\\/]lazy-chart|components[\\/](BoardPdfExport|TableScroll)|sync[\\/]count|i18n[\\/](cohort|counts))|core[\\/]cohort)/,
            },
            // Sharing with CQM: the result and settings screens, the dashboard.
            { name: 'sync', test: /src[\\/]client[\\/](state[\\/]sync\.svelte|sync[\\/](groups|status))/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  plugins: [
    questionnaires(),
    svelte({ configFile: fileURLToPath(new URL('./svelte.config.js', import.meta.url)) }),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/icon.svg'],
      manifest: {
        id: '/',
        name: 'Diapason — diagnostic de maturité des données',
        short_name: 'Diapason',
        description:
          'Autodiagnostic de maturité des données pour les organismes de musique de concert, hors ligne d’abord.',
        lang: 'fr-CA',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: '#1d3557',
        background_color: '#f4f5f7',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // jsPDF's optional chunks (html2canvas, DOMPurify, canvg) are never used by a text PDF.
        globIgnores: ['**/html2canvas*', '**/purify*', '**/index.es*', '**/canvg*'],
        navigateFallback: '/index.html',
        navigateFallbackDenylist: [/^\/api\//],
        // The deployment's privacy contact (src/core/api-paths.ts): fresh when online, the last copy offline.
        runtimeCaching: [
          {
            urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname === '/privacy.json',
            handler: 'NetworkFirst',
            options: { cacheName: 'diapason-deployment', networkTimeoutSeconds: 5 },
          },
        ],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
});
