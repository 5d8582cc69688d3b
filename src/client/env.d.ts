/// <reference types="svelte" />
/// <reference types="vite/client" />
declare const __APP_VERSION__: string;

declare module 'virtual:questionnaire-titles' {
  /** "<questionnaire id>/<version>" → its title, for every bundled version (scripts/vite-plugin-questionnaires.ts). */
  const titles: Record<string, import('../core/text.ts').LocalizedText>;
  export default titles;
}

declare module 'virtual:questionnaire-offer' {
  /** Every current questionnaire of catalog.json, in its order (scripts/vite-plugin-questionnaires.ts). */
  const offer: {
    questionnaireId: string;
    version: string;
    title: import('../core/text.ts').LocalizedText;
    description: import('../core/text.ts').LocalizedText;
    /** The announced duration, in minutes (src/core/questionnaire/duration.ts). */
    minutes: number;
    items: number;
  }[];
  export default offer;
}
