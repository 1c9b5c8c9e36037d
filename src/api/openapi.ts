/**
 * The OpenAPI 3.1 document, generated from the same zod schemas the handlers use.
 */
import { z } from 'zod';
import { policySchema } from '../policy.js';
import { audioSettingsSchema } from '../calls/settings.js';
import { exportRequestSchema } from '../export/jobs.js';
import { API_SCHEMAS } from './schemas.js';

function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(API_SCHEMAS)) registry.add(schema, { id });
  const { schemas } = z.toJSONSchema(registry, {
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  });
  const policy = z.toJSONSchema(policySchema, { io: 'input' });
  const audioOptions = z.toJSONSchema(audioSettingsSchema, { io: 'input' });
  const exportRequest = z.toJSONSchema(exportRequestSchema, { io: 'input', unrepresentable: 'any' });
  return Object.fromEntries(
    Object.entries({
      ...schemas,
      Policy: policy,
      AudioOptions: audioOptions,
      ExportRequest: exportRequest,
    }).map(([id, { $schema: _drop, ...schema }]) => [id, schema]),
  );
}
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const content = (name: string) => ({ 'application/json': { schema: ref(name) } });
const errors = (...statuses: number[]) =>
  Object.fromEntries(statuses.map((s) => [String(s), { description: 'error', content: content('Error') }]));
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };
const roles = (...r: string[]) => ({ security: [{ apiKey: [] }], 'x-roles': r });

function artefact(description: string, media: string) {
  return {
    get: {
      summary: description,
      ...roles('uploader (own calls)', 'reviewer', 'admin'),
      parameters: [idParam],
      responses: {
        '200': { description, content: { [media]: { schema: { type: 'string', format: 'binary' } } } },
        ...errors(401, 403, 404),
      },
    },
  };
}

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'callredact API',
      version: '1',
      description:
        'Upload calls (audio + word-timestamped transcript), get redacted transcript, bleeped audio and report.',
    },
    components: {
      securitySchemes: { apiKey: { type: 'http', scheme: 'bearer', description: 'API key cr_...' } },
      schemas: componentSchemas(),
    },
    paths: {
      '/v1/calls': {
        post: {
          summary: 'Submit a call; the same content always gets the same id and at most one live job',
          ...roles('uploader', 'admin'),
          requestBody: {
            required: true,
            content: {
              'multipart/form-data': {
                schema: {
                  type: 'object',
                  description: 'audio, transcript or both (at least one)',
                  properties: {
                    audio: {
                      type: 'string',
                      format: 'binary',
                      description: 'when absent the transcript alone is redacted (a transcript-only call)',
                    },
                    transcript: {
                      type: 'string',
                      format: 'binary',
                      description:
                        'transcript (word timings needed with audio); its format is detected, or told by a .txt, .srt or .vtt file name; when absent the audio is transcribed by the configured speech-to-text engine (ASR_ENGINE), else refused with 400',
                    },
                    policy: { type: 'string', description: 'JSON, see components.schemas.Policy' },
                    audio_options: {
                      type: 'string',
                      description:
                        'JSON, see components.schemas.AudioOptions (bleep, padding, per_channel ...)',
                    },
                    callback_url: { type: 'string', format: 'uri', description: 'signed completion webhook' },
                    tags: {
                      type: 'string',
                      description:
                        'tags for the calls list: comma-separated or a JSON array; at most 10, each 1-40 characters of a-z 0-9 ._:/- (labels, not customer data)',
                    },
                  },
                },
              },
            },
          },
          responses: {
            '202': { description: 'accepted: stored durably and queued', content: content('CallAccepted') },
            ...errors(400, 401, 403, 413, 415, 429, 503, 507),
          },
        },
        get: {
          summary:
            'Calls, newest first: keyset paging (?cursor= from `next`), ?state=, ?from=/?to= (dates), ?tag=, ?limit=',
          ...roles('uploader (own calls)', 'reviewer', 'admin'),
          responses: {
            '200': { description: 'one page', content: content('CallList') },
            ...errors(400, 401, 403),
          },
        },
      },
      ...consolePaths(),
      '/v1/calls/{id}': {
        get: {
          summary: 'Call status, progress, entity counts and stage timings',
          ...roles('uploader (own calls)', 'reviewer', 'admin'),
          parameters: [idParam],
          responses: {
            '200': { description: 'status', content: content('CallStatus') },
            ...errors(401, 403, 404),
          },
        },
      },
      '/v1/calls/{id}/transcript': artefact(
        'Redacted transcript, in the format it was uploaded in',
        'application/octet-stream',
      ),
      '/v1/calls/{id}/audio': artefact(
        'Bleeped audio (a transcript-only call has none: 404, and its status links no audio)',
        'audio/*',
      ),
      '/v1/calls/{id}/report': artefact('Redaction report (no personal data)', 'application/json'),
      '/v1/calls/{id}/manifest': {
        get: {
          summary: 'The published manifest: size and sha256 of every artefact (404 until published)',
          ...roles('uploader (own calls)', 'reviewer', 'admin'),
          parameters: [idParam],
          responses: {
            '200': { description: 'manifest', content: content('CallManifest') },
            ...errors(401, 403, 404),
          },
        },
      },
      '/v1/vault/reveal': {
        post: {
          summary: 'Re-identify tokens (dpo role, stated purpose; audited before the answer, refusals too)',
          ...roles('dpo'),
          requestBody: { required: true, content: content('RevealRequest') },
          responses: {
            '200': { description: 'the original values', content: content('RevealResponse') },
            ...errors(400, 401, 403, 404, 429, 500),
          },
        },
      },
      '/v1/subjects/access': {
        post: {
          summary:
            'Data subject access (dpo): every call, field, type and time where the values appear, their tokens and, with a purpose, the values; audited',
          ...roles('dpo'),
          requestBody: { required: true, content: content('SubjectAccessRequest') },
          responses: {
            '200': { description: 'machine-readable export', content: content('SubjectAccessExport') },
            ...errors(400, 401, 403, 429, 500),
          },
        },
      },
      '/v1/subjects/erase': {
        post: {
          summary:
            'Data subject erasure (dpo): crypto-shreds, keeps later calls from tokenising the values, re-renders the affected outputs; audited',
          ...roles('dpo'),
          requestBody: { required: true, content: content('SubjectEraseRequest') },
          responses: {
            '200': {
              description: 'erasure ids and re-render progress',
              content: content('SubjectEraseResult'),
            },
            ...errors(400, 401, 403, 429, 500),
          },
        },
      },
      '/v1/archives': {
        post: {
          summary:
            'Start (or resume) an archive run over a folder or s3:// prefix on the workers: listed onto the bulk lane with back-pressure, resumable, idempotent',
          ...roles('admin'),
          requestBody: { required: true, content: content('ArchiveRequest') },
          responses: {
            '202': { description: 'the run and its figures so far', content: content('ArchiveStatus') },
            ...errors(400, 401, 403, 503),
          },
        },
      },
      '/v1/archives/{id}': {
        get: {
          summary:
            'An archive run: discovered, queued, done, skipped, failed, unpaired, calls per minute, ETA, failures with PII-free reasons',
          ...roles('admin'),
          parameters: [idParam],
          responses: {
            '200': { description: 'figures', content: content('ArchiveStatus') },
            ...errors(400, 401, 403, 404),
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', responses: { '200': { description: 'alive' } } } },
      '/readyz': {
        get: {
          summary:
            'Readiness: Redis reachable with maxmemory-policy noeviction, storage writable, database reachable',
          responses: {
            '200': { description: 'ready', content: content('Readiness') },
            '503': { description: 'not ready', content: content('Readiness') },
          },
        },
      },
      '/metrics': {
        get: { summary: 'Prometheus metrics', responses: { '200': { description: 'text exposition' } } },
      },
      '/admin/queues': {
        get: {
          summary: 'bull-board queue dashboard',
          ...roles('admin'),
          responses: { '200': { description: 'HTML' } },
        },
      },
    },
  };
}

/** The review console's routes (sessions, call view, approval, share links, statistics). */
function consolePaths(): Record<string, unknown> {
  const shareIdParam = { name: 'shareId', in: 'path', required: true, schema: { type: 'string' } };
  const tokenParam = { name: 'token', in: 'path', required: true, schema: { type: 'string' } };
  return {
    '/v1/session': {
      post: {
        summary: 'Sign in with an API key ({"key"}): sets the HttpOnly SameSite=Strict session cookie',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
        responses: { '200': { description: 'signed in', content: content('Session') }, ...errors(400, 401) },
      },
      get: {
        summary: 'The signed-in session and its CSRF token (send it as X-CSRF-Token on changes)',
        responses: { '200': { description: 'session', content: content('Session') }, ...errors(401) },
      },
      delete: { summary: 'Sign out', responses: { '204': { description: 'signed out' } } },
    },
    '/v1/calls/{id}/view': {
      get: {
        summary: 'Redacted words with times, speakers, replacement types and scores; bleeped spans',
        ...roles('uploader (own calls)', 'reviewer', 'admin'),
        parameters: [idParam],
        responses: { '200': { description: 'view', content: content('CallView') }, ...errors(401, 403, 404) },
      },
    },
    '/v1/calls/{id}/corrections': {
      get: {
        summary: 'Every correction of a call: version, action, type, word range, who, when',
        ...roles('uploader (own calls)', 'reviewer', 'admin'),
        parameters: [idParam],
        responses: { '200': { description: 'corrections' }, ...errors(401, 403, 404) },
      },
      post: {
        summary:
          'Corrections on the latest version ({"base_version", "corrections": [{"action": "add", "type", "start_word", "end_word"} | {"action": "remove", "start_word", "end_word"}]}): recorded at once as a new version in state rendering; a worker re-renders the call (transcript and audio) and marks the version ready, or failed with a reason (GET /v1/calls/{id}/versions)',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: {
          '202': {
            description:
              'the new version, being rendered (ready at once when the API runs without a queue); Location: its view',
            content: content('Version'),
          },
          ...errors(400, 401, 403, 404, 409, 503),
        },
      },
    },
    '/v1/calls/{id}/versions': {
      get: {
        summary:
          'The versions of a call (1: as detected; then one per round of corrections), their state (rendering, ready, failed) and approvals',
        ...roles('uploader (own calls)', 'reviewer', 'admin'),
        parameters: [idParam],
        responses: {
          '200': { description: 'versions', content: content('VersionList') },
          ...errors(401, 403, 404),
        },
      },
    },
    '/v1/calls/{id}/versions/{version}/audio': {
      get: {
        summary: 'The bleeped audio of a version (byte ranges)',
        ...roles('uploader (own calls)', 'reviewer', 'admin'),
        parameters: [idParam, { name: 'version', in: 'path', required: true, schema: { type: 'integer' } }],
        responses: {
          '200': { description: 'audio' },
          '206': { description: 'a byte range' },
          ...errors(401, 403, 404, 416),
        },
      },
    },
    '/v1/corrections/export': {
      get: {
        summary:
          "The tenant's corrected calls as labelled data: format=eval (JSON Lines for callredact eval; raw words: personal data) or format=lists ({allow, deny})",
        ...roles('admin'),
        responses: { '200': { description: 'export' }, ...errors(400, 401, 403) },
      },
    },
    '/v1/calls/{id}/approve': {
      post: {
        summary: 'Approve a version ({"version": 1}); who and when are recorded',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: { '200': { description: 'approved' }, ...errors(400, 401, 403, 404) },
      },
    },
    '/v1/calls/{id}/shares': {
      get: {
        summary: 'Share links of a call with their openings',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: { '200': { description: 'links' }, ...errors(401, 403, 404) },
      },
      post: {
        summary:
          'A share link to an approved version ({"version", "expires_in_hours"}); the URL is shown once',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: {
          '201': { description: 'created', content: content('ShareCreated') },
          ...errors(400, 401, 403, 404, 409),
        },
      },
    },
    '/v1/calls/{id}/shares/{shareId}': {
      delete: {
        summary: 'Revoke a share link',
        ...roles('reviewer', 'admin'),
        parameters: [idParam, shareIdParam],
        responses: { '204': { description: 'revoked' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/shared/{token}': {
      get: {
        summary:
          'What a share link opens (no API key): the approved redacted version; every opening recorded',
        parameters: [tokenParam],
        responses: { '200': { description: 'view', content: content('CallView') }, ...errors(404, 429) },
      },
    },
    '/v1/shared/{token}/audio': {
      get: {
        summary: 'The bleeped audio of a shared version (range requests)',
        parameters: [tokenParam],
        responses: { '200': { description: 'audio' }, ...errors(404, 429) },
      },
    },
    '/v1/exports': {
      post: {
        summary:
          "Export the tenant's completed ledger calls (the newest approved version once the review console has approvals) as a verified speech dataset, or (kind: clips) as clips by time range, speaker turn or search; runs in the background",
        ...roles('reviewer', 'admin'),
        requestBody: { required: true, content: content('ExportRequest') },
        responses: {
          '202': {
            description: 'accepted: {id, state: "running", links}; follow GET /v1/exports/{id}',
          },
          ...errors(400, 401, 403),
        },
      },
    },
    '/v1/exports/{id}': {
      get: {
        summary:
          'State of an export (running, completed, failed), its request, its summary (calls, utterances and seconds per split, verification) or its error',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: { '200': { description: 'export' }, ...errors(401, 403, 404) },
      },
    },
    '/v1/exports/{id}/result': {
      get: {
        summary:
          'The completed dataset as one tar archive (dataset/ with its manifests, audio and README.md)',
        ...roles('reviewer', 'admin'),
        parameters: [idParam],
        responses: {
          '200': {
            description: 'tar archive',
            content: { 'application/x-tar': { schema: { type: 'string', format: 'binary' } } },
          },
          ...errors(401, 403, 404, 409),
        },
      },
    },
    '/v1/stats': {
      get: {
        summary:
          'Aggregated statistics per day or week (?period=day|week, ?from, ?to); groups below k suppressed',
        ...roles('manager', 'admin'),
        responses: {
          '200': { description: 'statistics', content: content('Stats') },
          ...errors(400, 401, 403),
        },
      },
    },
    '/v1/events': {
      get: {
        summary:
          'Live updates of the calls the caller may see (server-sent events: `event: call`, data: a CallList row without tags; id `updated_at|call id`, resumed with Last-Event-ID; each stream ends after 60 s)',
        ...roles('uploader', 'reviewer', 'admin'),
        responses: {
          '200': {
            description: 'event stream',
            content: { 'text/event-stream': { schema: { type: 'string' } } },
          },
          ...errors(401, 403),
        },
      },
    },
  };
}
