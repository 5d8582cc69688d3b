/**
 * The database's shipped schemas, frozen as they were released: tests open a database of an old shape
 * with them, then let the app's current code upgrade it. Never edit one; add the next.
 */
export const SCHEMA_V1 = {
  organizations: 'id',
  assessments: 'id, organizationId',
  answers: '[assessmentId+itemId], assessmentId',
  settings: 'key',
  roadmapActions: '[assessmentId+actionId], assessmentId',
  outbox: 'id, status',
  peers: 'key',
} as const;

/** Version 4 added the organization's plan. */
export const SCHEMA_V4_ADDED = { planActions: '[organizationId+actionId], organizationId' } as const;

/** Version 5 added the inventory. */
export const SCHEMA_V5_ADDED = { dataSources: 'id, organizationId', dataRoles: 'id, organizationId' } as const;

/** Version 6 added several respondents. */
export const SCHEMA_V6_ADDED = { respondents: 'id, assessmentId', respondentAnswers: '[respondentId+itemId], assessmentId, respondentId' } as const;
