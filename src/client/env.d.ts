/// <reference types="svelte" />
/// <reference types="vite/client" />
declare const __APP_VERSION__: string;

declare module 'virtual:questionnaire-titles' {
  /** "<questionnaire id>/<version>" → its title, for every bundled version (scripts/vite-plugin-questionnaires.ts). */
  const titles: Record<string, import('../core/text.ts').LocalizedText>;
  export default titles;
}
