/**
 * The questionnaire file format, as a zod schema: what a whole file may hold. Editors read the
 * generated JSON Schema (questionnaires/questionnaire.schema.json); people read questionnaires/README.md.
 *
 * Only the checker uses it (./parse.ts, ./check.ts: the check command, the build, the editors' page);
 * the app reads bundled files the build has already checked. So it lives apart from ./schema.ts,
 * whose small parts (ids, versions, levels) the first screen needs: zod objects are built when their
 * module loads, and the first screen does not load these.
 *
 * This schema checks the shape of a file. Rules that need the whole file (ids unique, items pointing
 * at known dimensions, every level present once) live in ./parse.ts, so one run reports all of them.
 */
import { z } from 'zod/mini';
import { SalesModeSchema } from '../profile.ts';
import { LocalizedTextSchema } from '../text.ts';
import { EffortSchema, HorizonSchema, IdSchema, LevelSchema, READINESS_MATCHES, SemverSchema } from './schema.ts';

export const LevelNameSchema = z.strictObject({
  level: LevelSchema,
  name: LocalizedTextSchema,
});

export const StageDescriptionSchema = z.strictObject({
  level: LevelSchema,
  description: LocalizedTextSchema,
});

/** An action for the roadmap that belongs to a dimension rather than to one item. */
export const DimensionActionSchema = z.strictObject({
  id: IdSchema,
  /** The stage this action helps reach (2–5). */
  targetStage: LevelSchema,
  text: LocalizedTextSchema,
  effort: EffortSchema,
  horizon: HorizonSchema,
});

/**
 * A dimension's stage cannot exceed `maxStage` while `item` is answered below `atLeast` (don't know
 * or no answer count as below). An item answered "not applicable", or that does not apply to the
 * organization, lifts nothing: the floor does not apply. The score is unchanged; only the stage is.
 */
export const FloorSchema = z.strictObject({
  /** An item of this dimension. */
  item: IdSchema,
  /** The lowest answer that lifts the cap (2–5). */
  atLeast: LevelSchema,
  /** The highest stage shown while the item is below `atLeast` (1–4). */
  maxStage: LevelSchema,
});

export const DimensionSchema = z.strictObject({
  id: IdSchema,
  label: LocalizedTextSchema,
  description: LocalizedTextSchema,
  stages: z.array(StageDescriptionSchema),
  actions: z.optional(z.array(DimensionActionSchema)),
  floors: z.optional(z.array(FloorSchema).check(z.minLength(1))),
});

export const StatementSchema = z.strictObject({
  level: LevelSchema,
  text: LocalizedTextSchema,
  /** What moves an organization from this statement to the next one. Required below level 5. */
  nextStep: z.optional(LocalizedTextSchema),
  effort: z.optional(EffortSchema),
  horizon: z.optional(HorizonSchema),
});

/** Which organizations something is for: those whose profile declares at least one of these. */
export const SalesModeConditionSchema = z.strictObject({
  salesModes: z.array(SalesModeSchema).check(z.minLength(1)),
});

/**
 * A wording for some organizations: replaces the item's question and/or help when the profile's sales
 * modes meet `when`. Statements never change, so every organization's answers still compare.
 */
export const ItemVariantSchema = z.strictObject({
  when: SalesModeConditionSchema,
  question: z.optional(LocalizedTextSchema),
  help: z.optional(LocalizedTextSchema),
});

export const ItemSchema = z.strictObject({
  id: IdSchema,
  dimension: IdSchema,
  /** Relative weight inside its dimension; 1 unless an item deserves more. */
  weight: z.optional(z.number().check(z.positive(), z.lte(10))),
  question: LocalizedTextSchema,
  help: LocalizedTextSchema,
  /** Present only when some organizations really cannot have this practice: why. */
  notApplicable: z.optional(z.strictObject({ reason: LocalizedTextSchema })),
  /** Asked only of organizations whose profile declares one of these sales modes; absent: always. */
  appliesWhen: z.optional(SalesModeConditionSchema),
  /** The first variant whose `when` the profile meets gives the wording; none: the item's own. */
  variants: z.optional(z.array(ItemVariantSchema).check(z.minLength(1))),
  statements: z.array(StatementSchema),
});

/** One level of a previous version's item, answered again as another level of this version. */
export const LevelMapSchema = z.strictObject({
  from: LevelSchema,
  to: LevelSchema,
});

/**
 * What happens to the answers given to one item of the previous version. An item of the previous
 * version that keeps its id and its statements needs no entry: its answers carry over as they are.
 */
export const ItemCarryOverSchema = z.strictObject({
  /** The item's id in the previous version. */
  item: IdSchema,
  /** Its id in this version, when it was renamed. */
  becomes: z.optional(IdSchema),
  /** The item is gone: its answers are not carried over. */
  removed: z.optional(z.literal(true)),
  /** Levels whose statement moved; levels not listed keep their number. */
  levels: z.optional(z.array(LevelMapSchema).check(z.minLength(1))),
});

/** How answers given to the previous version become answers to this one. */
export const CarryOverSchema = z.strictObject({
  /** The version this one follows; its answers are the ones carried over. */
  fromVersion: SemverSchema,
  /** Whether a score computed on this version can be put beside one computed on `fromVersion`. */
  scoresComparable: z.boolean(),
  /** What changed, in a sentence or two, shown to people whose answers are carried over. */
  summary: LocalizedTextSchema,
  items: z.array(ItemCarryOverSchema),
});

/**
 * One condition of a pooling-readiness criterion: the item's answer reaches at least this level.
 * An item answered "not applicable" meets it: that answer is only offered where an organization
 * cannot have the practice, and a criterion never asks for what cannot exist. Don't know (or no
 * answer) leaves it unknown.
 */
export const ReadinessConditionSchema = z.strictObject({
  item: IdSchema,
  /** The lowest level that meets the condition (2–5; level 1 would always be met). */
  atLeast: LevelSchema,
});

/**
 * What a readiness criterion and a legal obligation share: each is met, not met or unknown, read
 * from the answers (`requires`: all of them, or any one with `match`).
 */
const criterionFields = {
  id: IdSchema,
  label: LocalizedTextSchema,
  /** What the organization lacks when the criterion is not met, said as a thing to obtain or to do. */
  missing: LocalizedTextSchema,
  match: z.optional(z.enum(READINESS_MATCHES)),
  requires: z.array(ReadinessConditionSchema).check(z.minLength(1)),
};

/** One thing an organization needs before it can join a data-pooling project. */
export const ReadinessCriterionSchema = z.strictObject({
  ...criterionFields,
  /** Without it an organization is never "almost" ready, however few other criteria it misses. */
  essential: z.optional(z.boolean()),
});

/**
 * Pooling readiness: a checklist apart from the scores (never averaged into them). See
 * src/core/readiness.ts for the result: ready, almost, not yet.
 */
export const ReadinessSchema = z.strictObject({
  /** "Almost" allows at most this many criteria not met, and never an essential one. */
  almostMaxMissing: z.int().check(z.gte(0)),
  criteria: z.array(ReadinessCriterionSchema).check(z.minLength(1)),
});

/**
 * A legal-obligations checklist (for example Law 25's minimums): each criterion is met, not met or
 * unknown, read from the answers like a readiness criterion. Never averaged into any score and
 * shown apart from them.
 */
export const ObligationCriterionSchema = z.strictObject(criterionFields);

export const ObligationsSchema = z.strictObject({
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  criteria: z.array(ObligationCriterionSchema).check(z.minLength(1)),
});

/**
 * When a dimension has too little information to show a stage. A dimension lacks information when
 * its items answered with a level are fewer than `minAnsweredShare` of its applicable items, or
 * when it has more than `maxDontKnow` don't-know answers.
 */
export const SufficiencySchema = z.strictObject({
  /** Share of applicable items answered with a level, above 0 and at most 1; 0.7 when absent. */
  minAnsweredShare: z.optional(z.number().check(z.positive(), z.lte(1))),
  /** Most don't-know answers a dimension may have; no limit when absent. */
  maxDontKnow: z.optional(z.int().check(z.gte(0))),
});

export const QuestionnaireSchema = z.strictObject({
  $schema: z.optional(z.string()),
  id: IdSchema,
  version: SemverSchema,
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  levels: z.array(LevelNameSchema),
  dimensions: z.array(DimensionSchema).check(z.minLength(1)),
  items: z.array(ItemSchema).check(z.minLength(1)),
  /** Absent from a questionnaire's first version; required from the second on (see VERSIONS.md). */
  carryOver: z.optional(CarryOverSchema),
  readiness: z.optional(ReadinessSchema),
  obligations: z.optional(ObligationsSchema),
  sufficiency: z.optional(SufficiencySchema),
  /**
   * A short questionnaire (a taster) whose result offers this other questionnaire, the answers to the
   * items they share (same id) carried into it, to confirm.
   */
  leadsTo: z.optional(z.strictObject({ questionnaireId: IdSchema })),
});
