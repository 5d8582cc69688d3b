/**
 * The inventory's stored rows are its records as core defines them. Apart from ./rows.ts so that the
 * first screen, which reads organizations, does not load the inventory's schemas.
 */
import type { z } from 'zod/mini';
import { DataRoleSchema, DataSourceSchema } from '../../core/inventory/records.ts';

export const DataSourceRowSchema = DataSourceSchema;
export type DataSourceRow = z.infer<typeof DataSourceRowSchema>;
export const DataRoleRowSchema = DataRoleSchema;
export type DataRoleRow = z.infer<typeof DataRoleRowSchema>;
