/**
 * The numbers the questionnaire rules use, in one place: what the app needs (errors) and what the
 * editors' guide asks for (warnings). questionnaires/README.md quotes them.
 */

/** Sharing sends one score per dimension and the server accepts at most this many (src/core/sync.ts). */
export const MAX_DIMENSIONS = 20;

/** Above this many dimensions a radar's labels overlap: the result shows bars instead. */
export const MAX_RADAR_DIMENSIONS = 8;

/** Content advice, from the editors' guide. */
export const CONTENT_LIMITS = {
  /** Fewer items give a dimension's score too little to stand on; more make the pass too long. */
  itemsPerDimension: { minimum: 6, maximum: 8 },
  /** Two or three roadmap actions per target stage 2 to 5: a choice, not a catalogue. */
  actionsPerStage: { minimum: 2, maximum: 3 },
  /** Characters, so the screen and the PDF stay readable. */
  questionLength: 160,
  statementLength: 200,
} as const;
