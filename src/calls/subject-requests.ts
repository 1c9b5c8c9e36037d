/**
 * Data subject requests across the vault and the published outputs, shared by HTTP
 * (POST /v1/subjects/access, /v1/subjects/erase) and the CLI (`vault access|erase --json`), so both
 * give the same JSON. Access lists, per subject, every call, field, type and time where the value
 * was redacted, with its token and, for a stated purpose, the value (an audited reveal). Erasure
 * crypto-shreds, records the erasure and re-renders the affected outputs.
 */
import type { Report } from '../pipeline/report.js';
import type { CallOutputs } from '../storage/call-outputs.js';
import type { EntityType } from '../types.js';
import type { Actor } from '../vault/audit.js';
import type { ErasureProgress } from '../vault/erasures.js';
import type { Vault } from '../vault/vault.js';

export interface Subject {
  type: EntityType;
  value: string;
}

export interface SubjectOccurrence {
  field: 'transcript';
  type: EntityType;
  start_word: number;
  end_word: number;
  start: number | null;
  end: number | null;
  speaker: string | null;
  channel: number | null;
}

export interface SubjectAccessExport {
  tenant: string;
  subjects: {
    type: EntityType;
    token: string | null;
    /** only when a purpose was given (an audited reveal) */
    value?: string;
    calls: { callId: string; occurrences: SubjectOccurrence[] }[];
  }[];
}

interface RequestBase {
  vault: Vault;
  tenant: string;
  actor: Actor;
  /** where the calls' published outputs are (the store and ledger, or output folders) */
  outputs: CallOutputs;
}

function occurrencesIn(reportJson: string | null, token: string): SubjectOccurrence[] {
  if (reportJson === null) return [];
  const report = JSON.parse(reportJson) as Report;
  return report.entities
    .filter((e) => e.replacement === `[${token}]`)
    .map((e) => ({
      field: 'transcript' as const,
      type: e.type,
      start_word: e.start_word,
      end_word: e.end_word,
      start: e.start,
      end: e.end,
      speaker: e.speaker,
      channel: e.channel,
    }));
}

export async function subjectAccess(
  req: RequestBase & { subjects: readonly Subject[]; purpose?: string | undefined },
): Promise<SubjectAccessExport> {
  const purpose = req.purpose?.trim();
  const subjects: SubjectAccessExport['subjects'] = [];
  for (const s of req.subjects) {
    const { token, callIds } = await req.vault.findOccurrences({
      tenant: req.tenant,
      actor: req.actor,
      type: s.type,
      value: s.value,
      ...(purpose ? { purpose } : {}),
    });
    const calls = [];
    for (const callId of callIds) {
      calls.push({
        callId,
        occurrences: token ? occurrencesIn(await req.outputs.latestReport(callId), token) : [],
      });
    }
    let value: string | undefined;
    if (token && purpose) {
      const revealed = await req.vault.reveal({
        tenant: req.tenant,
        tokens: [token],
        purpose,
        actor: req.actor,
      });
      value = revealed[0]?.value;
    }
    subjects.push({ type: s.type, token, ...(value === undefined ? {} : { value }), calls });
  }
  return { tenant: req.tenant, subjects };
}

export interface SubjectErasureResult {
  tenant: string;
  erasures: (Omit<ErasureProgress, 'tenant' | 'createdAt' | 'updatedAt'> & { found: boolean })[];
}

export async function subjectErase(
  req: RequestBase & { subjects: readonly Subject[]; purpose?: string | undefined; rerender: boolean },
): Promise<SubjectErasureResult> {
  const erasures: SubjectErasureResult['erasures'] = [];
  for (const s of req.subjects) {
    const base = { tenant: req.tenant, actor: req.actor };
    const { token, erasureId } = await req.vault.erase({
      ...base,
      type: s.type,
      value: s.value,
      ...(req.purpose?.trim() ? { purpose: req.purpose.trim() } : {}),
    });
    const p = req.rerender
      ? await req.vault.resumeErasure({ ...base, erasureId }, (callId, token) =>
          req.outputs.rerender(callId, token),
        )
      : await req.vault.erasureProgress({ ...base, erasureId });
    erasures.push({
      id: p.id,
      type: s.type as string,
      found: token !== null,
      state: p.state,
      callIds: p.callIds,
      rerendered: p.rerendered,
      failures: p.failures,
    });
  }
  return { tenant: req.tenant, erasures };
}
