/**
 * Response schemas of the HTTP API. Handlers build their bodies through these, and /openapi.json
 * is generated from them, so the document cannot drift from what is served.
 */
import { z } from 'zod';
import { STAGES } from '../pipeline/redact-call.js';
import { ENTITY_TYPES } from '../types.js';

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string().meta({ example: 'INVALID_TRANSCRIPT' }),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

export const callAcceptedSchema = z.object({
  id: z.string().meta({
    description:
      'content-derived call id: the same upload by the same key always gets the same id; another uploader of the same content gets a call of its own',
  }),
  status_url: z.string(),
});

/** The published manifest of a call, without the store's internal layout (file names, version prefix). */
export const callManifestSchema = z.object({
  version: z.literal(1),
  call_id: z.string(),
  artefacts: z.record(z.string(), z.object({ bytes: z.number().int(), sha256: z.string() })).meta({
    description: 'every published artefact by name: size and sha256 (verify downloads against them)',
  }),
});

export const callStatusSchema = z.object({
  id: z.string(),
  state: z.enum(['queued', 'active', 'completed', 'failed']),
  progress: z.object({ stage: z.enum(STAGES), percent: z.number().int().min(0).max(100) }).nullable(),
  counts: z.partialRecord(z.enum(ENTITY_TYPES), z.number().int().min(0)).nullable(),
  timings_ms: z.partialRecord(z.enum(STAGES), z.number().min(0)).nullable(),
  failure: z
    .object({ code: z.string(), message: z.string().meta({ description: 'never contains personal data' }) })
    .nullable(),
  links: z
    .object({
      transcript: z.string().nullable(),
      audio: z.string().nullable().meta({ description: 'null for a transcript-only call (no audio)' }),
      report: z.string().nullable(),
    })
    .nullable()
    .meta({ description: 'once completed: a link to each published artefact, null where there is none' }),
  created_at: z.string(),
  updated_at: z.string(),
});

export type CallStatus = z.infer<typeof callStatusSchema>;

export const readinessSchema = z.object({
  status: z.enum(['ready', 'not ready']),
  checks: z.record(z.string(), z.string()),
});

export const revealRequestSchema = z
  .object({
    tokens: z.array(z.string().max(40)).min(1).max(1_000),
    purpose: z.string().trim().min(1).max(500).meta({ description: 'why, recorded in the audit log' }),
  })
  .strict();

export const revealResponseSchema = z.object({
  values: z.array(
    z.object({
      token: z.string(),
      type: z.enum(ENTITY_TYPES),
      value: z.string().meta({ description: 'personal data: handle accordingly' }),
    }),
  ),
});

const subjectSchema = z
  .object({
    type: z.enum(ENTITY_TYPES),
    value: z.string().min(1).max(500).meta({ description: 'personal data: the value the subject gives' }),
  })
  .strict();

export const subjectAccessRequestSchema = z
  .object({
    subjects: z.array(subjectSchema).min(1).max(100),
    purpose: z
      .string()
      .max(500)
      .optional()
      .meta({ description: 'with a purpose the export includes the values (an audited reveal)' }),
  })
  .strict();

const occurrenceSchema = z.object({
  field: z.literal('transcript'),
  type: z.enum(ENTITY_TYPES),
  start_word: z.number().int(),
  end_word: z.number().int(),
  start: z.number().nullable(),
  end: z.number().nullable(),
  speaker: z.string().nullable(),
  channel: z.number().int().nullable(),
});

export const subjectAccessResponseSchema = z.object({
  tenant: z.string(),
  subjects: z.array(
    z.object({
      type: z.enum(ENTITY_TYPES),
      token: z.string().nullable(),
      value: z.string().optional(),
      calls: z.array(z.object({ callId: z.string(), occurrences: z.array(occurrenceSchema) })),
    }),
  ),
});

export const subjectEraseRequestSchema = z
  .object({
    subjects: z.array(subjectSchema).min(1).max(100),
    purpose: z.string().max(500).optional(),
    rerender: z.boolean().default(true).meta({ description: 're-render the affected published outputs now' }),
  })
  .strict();

export const subjectEraseResponseSchema = z.object({
  tenant: z.string(),
  erasures: z.array(
    z.object({
      id: z.string(),
      type: z.string(),
      found: z.boolean(),
      state: z.enum(['rerender_pending', 'complete']),
      callIds: z.array(z.string()),
      rerendered: z.array(z.string()),
      failures: z.array(z.object({ callId: z.string(), code: z.string(), message: z.string() })),
    }),
  ),
});

export const sessionSchema = z.object({
  role: z.string(),
  tenant: z.string(),
  label: z.string(),
  csrf_token: z.string().meta({ description: 'send as X-CSRF-Token on every state change' }),
  expires_at: z.string(),
});

export const callListSchema = z.object({
  calls: z.array(
    callStatusSchema
      .pick({ id: true, state: true, counts: true, created_at: true, updated_at: true })
      .extend({ tags: z.array(z.string()).meta({ description: 'tags given at upload' }) }),
  ),
  next: z.string().nullable().meta({ description: 'cursor of the next page (?cursor=), null on the last' }),
});

const approvalSchema = z.object({
  version: z.number().int(),
  approved_by: z.string(),
  approved_at: z.string(),
});

export const callViewSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  latest_version: z.number().int(),
  approval: approvalSchema.nullable(),
  duration: z.number().nullable(),
  timing: z.string(),
  counts: z.record(z.string(), z.number()),
  spans: z.array(z.object({ start: z.number(), end: z.number() })),
  words: z.array(
    z.object({
      index: z
        .number()
        .int()
        .meta({ description: 'index of the (first) original word: corrections name words by it' }),
      text: z.string().meta({ description: 'redacted text: a replacement where an entity was' }),
      start: z.number().nullable(),
      end: z.number().nullable(),
      speaker: z.string().nullable(),
      redaction: z
        .object({
          type: z.enum(ENTITY_TYPES),
          operator: z.string(),
          score: z.number(),
          detector: z.string(),
          low_score: z.boolean(),
        })
        .optional(),
    }),
  ),
});

export const versionSchema = z.object({
  version: z.number().int(),
  state: z.enum(['rendering', 'ready', 'failed']).meta({
    description: 'rendering: queued for or on a worker; ready: published; failed: see failure',
  }),
  created_by: z.string().meta({ description: 'the key id that made it (version 1: the uploader)' }),
  created_at: z.string(),
  corrections: z.number().int(),
  render_ms: z.number().int().nullable(),
  failure: z.string().nullable().meta({
    description: 'a failed version: `CODE: message` (no personal data); the next correction takes its number',
  }),
});

export const versionListSchema = z.object({
  versions: z.array(
    versionSchema.extend({
      approval: z.object({ approved_by: z.string(), approved_at: z.string() }).nullable(),
    }),
  ),
});

export const shareSchema = z.object({
  id: z.string(),
  call_id: z.string(),
  version: z.number().int(),
  created_by: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  revoked_at: z.string().nullable(),
  revoked_by: z.string().nullable(),
  openings: z.number().int(),
});

export const shareCreatedSchema = z.object({
  share: shareSchema,
  url: z.string().meta({ description: 'the link, shown once: /s/<token>' }),
});

export const statsSchema = z.object({
  k: z.number().int(),
  period: z.enum(['day', 'week']),
  suppressed_periods: z.number().int(),
  groups: z.array(
    z.object({
      period: z.string(),
      calls: z.number().int(),
      completed: z.number().int().nullable(),
      failed: z.number().int().nullable(),
      redaction_rate: z.number().nullable(),
      entities: z.partialRecord(z.enum(ENTITY_TYPES), z.number().int()),
      mean_processing_ms: z.number().nullable(),
      mean_duration_s: z.number().nullable(),
      corrections: z.partialRecord(
        z.enum(ENTITY_TYPES),
        z.object({ added: z.number().int(), removed: z.number().int() }),
      ),
    }),
  ),
});

/** POST /v1/archives: an archive run on the workers (the tenant is the API key's). */
export const archiveRequestSchema = z
  .object({
    /** a folder the workers can read, or s3://bucket/prefix */
    source: z.string().min(1).max(1024),
    dest: z.string().min(1).max(1024),
    /** a policy (see Policy); absent: the default policy */
    policy: z.record(z.string(), z.unknown()).optional(),
    /** regular expressions with a (?<name>...) group; absent: same base name */
    pairing: z
      .object({
        audio: z.string().min(1).max(500),
        transcript: z.string().min(1).max(500),
        window: z.number().int().min(1).max(100_000).optional(),
      })
      .strict()
      .optional(),
  })
  .strict();

export const archiveStatusSchema = z.object({
  id: z.string(),
  /** running (listing) | draining (listed, calls in the queue) | stopped | finished */
  state: z.string(),
  mode: z.string(),
  source: z.string(),
  dest: z.string(),
  discovered: z.number().int(),
  queued: z.number().int(),
  done: z.number().int(),
  skipped: z.number().int(),
  failed: z.number().int(),
  unpaired: z.number().int(),
  callsPerMinute: z.number(),
  etaSeconds: z.number().nullable(),
  enumerating: z.boolean(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  /** failed and unpaired files (at most 1,000) with a reason that carries no personal data */
  failures: z.array(z.object({ name: z.string(), reason: z.string() })),
});

/** Named schemas for components.schemas of the OpenAPI document. */
export const API_SCHEMAS = {
  Error: errorBodySchema,
  CallAccepted: callAcceptedSchema,
  CallStatus: callStatusSchema,
  CallManifest: callManifestSchema,
  Readiness: readinessSchema,
  RevealRequest: revealRequestSchema,
  RevealResponse: revealResponseSchema,
  SubjectAccessRequest: subjectAccessRequestSchema,
  SubjectAccessExport: subjectAccessResponseSchema,
  SubjectEraseRequest: subjectEraseRequestSchema,
  SubjectEraseResult: subjectEraseResponseSchema,
  Session: sessionSchema,
  CallList: callListSchema,
  CallView: callViewSchema,
  Version: versionSchema,
  VersionList: versionListSchema,
  Share: shareSchema,
  ShareCreated: shareCreatedSchema,
  Stats: statsSchema,
  ArchiveRequest: archiveRequestSchema,
  ArchiveStatus: archiveStatusSchema,
} as const;
