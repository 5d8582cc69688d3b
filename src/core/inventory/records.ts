/**
 * What an organization records in its inventory: one card per data source, one line per role. Both
 * stay on the laptop (never synced, never in sector figures). List values are ids of the inventory
 * lists (./lists.ts); the words a person types are free text with limits.
 */
import { z } from 'zod/mini';
import { IdSchema } from '../questionnaire/schema.ts';

const Timestamp = z.string().check(z.minLength(10), z.maxLength(40));
const Uuid = z.string().check(z.minLength(8), z.maxLength(64));
const Text = (max: number) => z.string().check(z.trim(), z.maxLength(max));

export const SOURCE_TEXT_LIMITS = { tool: 80, exportFormat: 60, access: 200, retention: 120, purpose: 200 } as const;

export const DataSourceSchema = z.object({
  id: Uuid,
  organizationId: Uuid,
  kind: IdSchema,
  /** The tool's name, free text ("Tuxedo", "the box office spreadsheet"). */
  tool: z.string().check(z.trim(), z.minLength(1), z.maxLength(SOURCE_TEXT_LIMITS.tool)),
  operator: IdSchema,
  /** Categories of data held, ids of `dataCategories`, each once. */
  holds: z.array(IdSchema).check(z.maxLength(40), z.refine((ids) => new Set(ids).size === ids.length)),
  /** How many seasons back it goes. */
  seasons: z.optional(z.number().check(z.int(), z.nonnegative(), z.lte(100))),
  export: IdSchema,
  exportFormat: z.optional(Text(SOURCE_TEXT_LIMITS.exportFormat)),
  hosting: IdSchema,
  access: z.optional(Text(SOURCE_TEXT_LIMITS.access)),
  retention: z.optional(Text(SOURCE_TEXT_LIMITS.retention)),
  purpose: z.optional(Text(SOURCE_TEXT_LIMITS.purpose)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
  /** When the organization became able to export it itself (absent while it cannot). */
  exportSince: z.optional(Timestamp),
});
export type DataSource = z.infer<typeof DataSourceSchema>;

export const ROLE_NAME_MAX = 80;
export const MAX_HOURS_PER_MONTH = 744;

export const DataRoleSchema = z.object({
  id: Uuid,
  organizationId: Uuid,
  /** A role, never a person's name: "direction", "communications". */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(ROLE_NAME_MAX)),
  /** Level id per skill id; a skill left out is "none". */
  skills: z.record(IdSchema, IdSchema),
  hoursPerMonth: z.number().check(z.nonnegative(), z.lte(MAX_HOURS_PER_MONTH)),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type DataRole = z.infer<typeof DataRoleSchema>;

/** What a person fills in; ids and dates are the storage's. */
export type DataSourceInput = Omit<DataSource, 'id' | 'organizationId' | 'createdAt' | 'updatedAt' | 'exportSince'>;
export type DataRoleInput = Omit<DataRole, 'id' | 'organizationId' | 'createdAt' | 'updatedAt'>;
