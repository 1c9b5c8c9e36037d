/**
 * Operators turn one detected entity into its replacement text.
 * - placeholder: `[PHONE_NUMBER]`, irreversible (anonymisation)
 * - mask: `*******0132`, keeps the last N chars of the value (irreversible for N small)
 * - token: `[PHONE_NUMBER_7F3K9QX2]`, reversible through the vault (pseudonymisation); it is
 *   provided by the vault module and passed in, because it needs a database and keys.
 */
import type { EntityType, OperatorName, OperatorSpec } from '../types.js';

export interface ReplacementRequest {
  type: EntityType;
  /** normalised value (PII) */
  value: string;
}

export interface Operator {
  readonly name: OperatorName;
  /** Replacement texts for a batch of entities of one call, in order. */
  replaceAll(requests: readonly ReplacementRequest[], spec: OperatorSpec): Promise<string[]>;
  /** token operator: how many replacements stood for values of erased subjects (for the report) */
  erasedSubjects?(): number;
}

export const placeholderOperator: Operator = {
  name: 'placeholder',
  replaceAll: async (requests) => requests.map((r) => `[${r.type}]`),
};

export const maskOperator: Operator = {
  name: 'mask',
  replaceAll: async (requests, spec) => {
    const keep = spec.keepLast ?? 4;
    const char = spec.maskChar ?? '*';
    return requests.map((r) => {
      const compact = r.value.replace(/\s+/g, '');
      // never reveal more than half of a short value
      const visible = Math.min(keep, Math.floor(compact.length / 2));
      return char.repeat(compact.length - visible) + compact.slice(compact.length - visible);
    });
  },
};
