/**
 * The maturity stages' colours, from light (stage 1) to dark (stage 5): one ramp of the brand blue,
 * so order reads without a legend. Always repeated in words; colour alone never says a stage.
 */
export const STAGE_COLOURS = ['#c9d6e8', '#93acd0', '#5d82b7', '#35598f', '#1d3557'] as const;
