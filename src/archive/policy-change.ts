/**
 * Which calls a policy change affects. Detection depends on the thresholds, the allow and deny
 * lists, the region, unsupported-script handling and which types are redacted at all; rendering
 * depends only on each type's operator (placeholder, mask, token and their options). When two
 * policies differ only in the rendering of some types, a call in which none of those types was
 * found renders exactly as before: its published outputs stand. Any other difference affects
 * every call.
 */
import { canonicalJson } from '../calls/call-id.js';
import { onUnsupported } from '../pipeline/redact-call.js';
import { typePolicy, type Policy } from '../policy.js';
import { ENTITY_TYPES, type EntityType } from '../types.js';

/**
 * The types whose rendering alone differs between the policies, or null when the change reaches
 * detection (then every call is affected).
 */
export function renderingOnlyChange(before: Policy, after: Policy): EntityType[] | null {
  const detection = (p: Policy) =>
    canonicalJson({
      allow: p.allow,
      deny: p.deny,
      region: p.region ?? null,
      onUnsupported: onUnsupported(p),
      types: ENTITY_TYPES.map((t) => {
        const resolved = typePolicy(p, t);
        return resolved === null ? null : resolved.threshold;
      }),
    });
  if (detection(before) !== detection(after)) return null;
  return ENTITY_TYPES.filter(
    (t) => canonicalJson(typePolicy(before, t)) !== canonicalJson(typePolicy(after, t)),
  );
}

/** Whether a call published under `before`, containing `found` types, must be redone under `after`. */
export function affectedBy(before: Policy, after: Policy, found: readonly string[]): boolean {
  const changed = renderingOnlyChange(before, after);
  return changed === null || changed.some((t) => found.includes(t));
}
