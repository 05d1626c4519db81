import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See docs/adr-001-architecture.md for the layout and docs/adr-003-permissions.md for why
// each permission is asked for.
// `--mode e2e` (or e2e-<name>) builds a test copy into .output/<browser>-mv<n>-e2e[-<name>] that may script the local
// fixture server: in a test there is no user click on the toolbar button to grant activeTab.
// The shipped build (`production`) never carries a host permission. Build e2e copies with
// NODE_ENV=production (`npm run build:e2e` does): WXT sets NODE_ENV to the mode's name
// otherwise, and Vite then bundles Preact's development JSX runtime and devtools hook.
const E2E_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];
const SITE_ORIGINS = ['http://*/*', 'https://*/*'];

export default defineConfig({
  srcDir: '.',
  outDir: '.output',
  imports: false,
  vite: () => ({
    plugins: [preact()],
    build: { chunkSizeWarningLimit: 2000 },
  }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', 'downloads', 'contextMenus'],
    ...(mode.startsWith('e2e') ? { host_permissions: E2E_HOSTS } : {}),
    // Asked per site, only when the user turns on "show highlights automatically here".
    ...(browser === 'firefox' ? { optional_permissions: SITE_ORIGINS } : { optional_host_permissions: SITE_ORIGINS }),
    action: { default_title: '__MSG_actionTitle__' },
    commands: {
      // MV2 (Firefox) names the toolbar-button command differently.
      [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+B' },
        description: '__MSG_commandOpenPopup__',
      },
      'highlight-selection': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: '__MSG_commandHighlight__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'bulletin-clipper@example.org',
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
