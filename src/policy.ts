/**
 * Redaction policy: which entity types are redacted, with which operator, above which score,
 * and allow/deny lists. Parsed from a JSON file (CLI --policy, API `policy` field) with zod.
 */
import { z } from 'zod';
import { BAND_HOURS } from './transform/time-of-day.js';
import { ENTITY_TYPES, type EntityType, type OperatorSpec } from './types.js';

const operatorSpecSchema = z
  .object({
    operator: z.enum(['placeholder', 'mask', 'token', 'generalise']),
    keepLast: z.number().int().min(0).max(16).optional(),
    maskChar: z.string().length(1).optional(),
    threshold: z.number().min(0).max(1).optional(),
    /** generalise (see src/transform/generalise.ts) */
    dateOfBirth: z.enum(['year', 'ageBand']).optional(),
    bandYears: z.number().int().min(1).max(50).optional(),
    asOf: z.iso.date().optional(),
    address: z.enum(['city', 'region', 'country']).optional(),
    timeOfDay: z.enum(['period', 'hours']).optional(),
    bandHours: z
      .number()
      .int()
      .refine((n) => (BAND_HOURS as readonly number[]).includes(n), {
        message: `a divisor of 24: ${BAND_HOURS.join(', ')}`,
      })
      .optional(),
  })
  .strict()
  .refine((s) => s.dateOfBirth !== 'ageBand' || s.asOf !== undefined, {
    message: 'dateOfBirth "ageBand" needs asOf (YYYY-MM-DD): the date ages are computed on',
    path: ['asOf'],
  });

export const policySchema = z
  .object({
    /** default operator for types not listed in `entities` */
    defaultOperator: operatorSpecSchema.default({ operator: 'placeholder' }),
    /** per-type overrides; a type set to `false` is not redacted at all */
    entities: z
      .partialRecord(z.enum(ENTITY_TYPES), z.union([operatorSpecSchema, z.literal(false)]))
      .default({}),
    /** default minimum detector score */
    threshold: z.number().min(0).max(1).default(0.5),
    /** values that are never redacted (compared case-insensitively, whitespace-collapsed) */
    allow: z.array(z.string().min(1).max(200)).max(10_000).default([]),
    /**
     * values that are always redacted wherever they occur, as the given type, with score 1: they
     * bypass thresholds and the allow list, and match the way ASR says them (spoken digits, case,
     * one-letter misspellings; see src/detect/seeds.ts). Entries of a type the policy leaves
     * unredacted are ignored.
     */
    deny: z
      .array(z.object({ type: z.enum(ENTITY_TYPES), value: z.string().min(1).max(200) }).strict())
      .max(10_000)
      .default([]),
    /**
     * ISO 3166-1 alpha-2 region assumed for phone numbers said without a country code (CLI
     * --region and the API's `region` field override it); numbers of every other region are still
     * found. Absent: US.
     */
    region: z
      .string()
      .regex(/^[A-Z]{2}$/, 'two capital letters (ISO 3166-1 alpha-2)')
      .optional(),
    /**
     * Words in a script the detectors do not cover: `refuse` fails the call (nothing published as
     * clean), `warn` publishes with the count in the report. Absent: refuse, unless every redacted
     * type uses the mask operator.
     */
    onUnsupported: z.enum(['refuse', 'warn']).optional(),
  })
  .strict();

export type Policy = z.infer<typeof policySchema>;
export type PolicyInput = z.input<typeof policySchema>;

export const DEFAULT_POLICY: Policy = policySchema.parse({});

export function parsePolicy(input: unknown): Policy {
  return policySchema.parse(input ?? {});
}

export const DEFAULT_REGION = 'US';

export interface ResolvedTypePolicy extends OperatorSpec {
  threshold: number;
}

/** Operator + threshold for a type, or null when the policy leaves the type alone. */
export function typePolicy(policy: Policy, type: EntityType): ResolvedTypePolicy | null {
  const override = policy.entities[type];
  if (override === false) return null;
  const spec = override ?? policy.defaultOperator;
  return { ...spec, threshold: spec.threshold ?? policy.threshold };
}
