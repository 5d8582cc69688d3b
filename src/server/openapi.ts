/**
 * The OpenAPI document of /api/v1, generated from the same zod schemas the routes parse with, so the
 * document cannot drift from what the server accepts.
 */
import { z } from 'zod/mini';
import { SubmissionSchema, WithdrawalSchema } from '../core/sync.ts';
import {
  AcceptedSubmissionSchema,
  AdminLoginSchema,
  AggregatesQuerySchema,
  ApiErrorSchema,
  CodeBatchSchema,
  OrganizationCodesSchema,
  PeerAggregatesSchema,
  SectorAggregatesSchema,
  SectorQuerySchema,
  WithdrawnSchema,
} from '../core/sync-api.ts';
import { MAX_BODY_BYTES } from '../core/sync.ts';
import { CohortListSchema, CohortRequestSchema, CohortStoredSchema } from '../core/cohort.ts';
import { COHORT_MAX_BODY } from './cohort.ts';
import { API_BASE, ROUTES } from '../core/api-paths.ts';
import { CodeBatchRequestSchema } from '../core/organization-codes.ts';

function schema(s: z.core.$ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(s, { io }) as Record<string, unknown>;
  return rest;
}

/** A query schema's fields as OpenAPI parameters: the route parses the query with the same schema. */
function queryParameters(s: z.core.$ZodType): Record<string, unknown>[] {
  const { properties = {}, required = [] } = z.toJSONSchema(s, { io: 'input' }) as {
    properties?: Record<string, unknown>;
    required?: string[];
  };
  return Object.entries(properties).map(([name, field]) => ({ name, in: 'query', required: required.includes(name), schema: field }));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { 'application/json': { schema: ref(name) } } });
const error = (description: string) => ({ description, ...json('Error') });

export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Diapason — CQM aggregate endpoint',
      version,
      description:
        'Receives de-identified maturity scores from organizations that opted in, and publishes only ' +
        'aggregates that pass the disclosure rules (src/core/disclosure.ts). No route returns a stored row.',
    },
    servers: [{ url: API_BASE }],
    paths: {
      [ROUTES.health]: { get: { summary: 'Liveness', responses: { 200: { description: 'The server is up' } } } },
      [ROUTES.openapi]: { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
      [ROUTES.submissions]: {
        post: {
          summary: 'Store one organization’s scores for a period',
          description:
            `The body is at most ${MAX_BODY_BYTES} bytes of JSON; unknown fields are refused. The ` +
            'idempotencyKey makes retries safe: the same key with the same body replays the first ' +
            'response (header Idempotent-Replayed: true); with another body it is refused (422). ' +
            'A 201 is sent only after the commit is on disk.',
          requestBody: { required: true, ...json('Submission') },
          responses: {
            201: { description: 'Stored (or replayed)', ...json('AcceptedSubmission') },
            400: error('Not JSON, not a valid submission, or a body cut off before its end (body-incomplete)'),
            403: error('Organization codes are required and the code is missing, was never issued, or already speaks for another organization key'),
            409: error('The submission id is already stored, or the organization key has another withdrawal hash'),
            410: error('The organization withdrew its data'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
            422: error('The idempotency key was used with another body; or the questionnaire version, a dimension or the quarter is not one this server takes now'),
            429: error('Too many requests from this client; see Retry-After'),
          },
        },
      },
      [ROUTES.organization.replace(':key', '{organizationKey}')]: {
        delete: {
          summary: 'Withdraw: delete every submission of an organization',
          parameters: [{ name: 'organizationKey', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { required: true, ...json('Withdrawal') },
          responses: {
            200: { description: 'Deleted', ...json('Withdrawn') },
            400: error('Malformed key or body, or a body cut off before its end (body-incomplete)'),
            404: error('No data under this key, or not with this secret: one answer for both, so it tells no one whether a key exists'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
            429: error('Too many requests'),
          },
        },
      },
      [ROUTES.aggregates]: {
        get: {
          summary: 'The published cells of one period and one version family (what an organization compares itself with)',
          description:
            'version is the questionnaire version the organization submitted on. Only cells of its version ' +
            'family (the versions whose scores compare with it) are returned: scores and readiness. A version ' +
            'the server’s declarations do not know is a family of its own. Unknown query fields are refused.',
          parameters: queryParameters(AggregatesQuerySchema),
          responses: {
            200: {
              description:
                'Published cells and readiness cells (10–19 organizations: the band "10-19" only; 20+: n and ' +
                'shares rounded to 5 %); a cell of the fixed grid that is absent is suppressed',
              ...json('PeerAggregates'),
            },
            400: error('Missing or malformed query, or an unknown query field'),
            429: error('Too many requests'),
          },
        },
      },
      [ROUTES.adminSession]: {
        post: {
          summary: 'Sign in to the CQM dashboard (sets an HttpOnly, SameSite=Strict cookie)',
          requestBody: { required: true, ...json('AdminLogin') },
          responses: {
            204: { description: 'Signed in' },
            400: error('Malformed body'),
            401: error('Wrong user or password'),
            404: error('No admin password is configured: there is no dashboard to sign in to'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
            429: error('Too many failed attempts for this user name from this address (10 a minute); a success starts afresh'),
          },
        },
        get: { summary: 'Whether the session cookie is valid', responses: { 200: { description: '{ "signedIn": true | false }' } } },
        delete: { summary: 'Sign out', responses: { 204: { description: 'Signed out' } } },
      },
      [ROUTES.cohortRequests]: {
        post: {
          summary: 'Raise a hand for CQM’s next pooling cohort (a named message, kept apart from the scores)',
          description:
            `Sent only when an organization asks to, after its own notice: its name, a contact person and ` +
            `email, its readiness outcome (ready or almost) and the criteria it misses; nothing else. JSON, at ` +
            `most ${COHORT_MAX_BODY} bytes, unknown fields refused. Sending again with the same requestKey and ` +
            'withdrawalHash replaces the message. Stored apart from the submissions, never joined with them.',
          requestBody: { required: true, ...json('CohortRequest') },
          responses: {
            201: { description: 'Stored', ...json('CohortStored') },
            400: error('Not JSON, or not a valid message'),
            409: error('The request key is stored with another withdrawal hash'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
            429: error('Too many requests'),
          },
        },
      },
      [ROUTES.cohortRequest.replace(':key', '{requestKey}')]: {
        delete: {
          summary: 'Withdraw a raised hand: the message is deleted',
          parameters: [{ name: 'requestKey', in: 'path', required: true, schema: { type: 'string', format: 'uuid' } }],
          requestBody: { required: true, ...json('Withdrawal') },
          responses: {
            200: { description: 'Deleted' },
            400: error('Malformed key or body'),
            404: error('No message under this key, or not with this secret (the same answer, on purpose)'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
            429: error('Too many requests'),
          },
        },
      },
      [ROUTES.adminCohortRequests]: {
        get: {
          summary: 'The hands raised for the next cohort, newest first, for signed-in CQM staff',
          responses: {
            200: { description: 'The messages, without their keys or hashes', ...json('CohortList') },
            401: error('Not signed in'),
          },
        },
      },
      [ROUTES.adminAggregates]: {
        get: {
          summary: 'Every period’s published cells and readiness cells, per version family, with participation totals, for the CQM dashboard',
          parameters: queryParameters(SectorQuerySchema),
          responses: {
            200: { description: 'Published cells and readiness cells of every period and family, and the families', ...json('SectorAggregates') },
            400: error('Missing or malformed query'),
            401: error('Not signed in'),
          },
        },
      },
      [ROUTES.adminOrganizationCodes]: {
        get: {
          summary: 'The submission mode (open or codes) and each batch of organization codes: when, how many, how many used',
          responses: { 200: { description: 'Never a code or a key', ...json('OrganizationCodes') }, 401: error('Not signed in') },
        },
        post: {
          summary: 'Make a batch of organization codes (1–500): shown in this response only, stored as hashes',
          requestBody: { required: true, ...json('CodeBatchRequest') },
          responses: {
            201: { description: 'The new codes', ...json('CodeBatch') },
            400: error('Malformed body'),
            401: error('Not signed in'),
            413: error('Body larger than the limit'),
            415: error('Content-Type is not application/json'),
          },
        },
      },
    },
    components: {
      schemas: {
        Submission: schema(SubmissionSchema, 'input'),
        Withdrawal: schema(WithdrawalSchema, 'input'),
        AdminLogin: schema(AdminLoginSchema, 'input'),
        AcceptedSubmission: schema(AcceptedSubmissionSchema, 'output'),
        Withdrawn: schema(WithdrawnSchema, 'output'),
        PeerAggregates: schema(PeerAggregatesSchema, 'output'),
        SectorAggregates: schema(SectorAggregatesSchema, 'output'),
        Error: schema(ApiErrorSchema, 'output'),
        CohortRequest: schema(CohortRequestSchema, 'input'),
        CohortStored: schema(CohortStoredSchema, 'output'),
        CohortList: schema(CohortListSchema, 'output'),
        CodeBatchRequest: schema(CodeBatchRequestSchema, 'input'),
        CodeBatch: schema(CodeBatchSchema, 'output'),
        OrganizationCodes: schema(OrganizationCodesSchema, 'output'),
      },
    },
  };
}
