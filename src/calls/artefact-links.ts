/**
 * The links to a call's downloadable artefacts, from what its published manifest holds: a
 * transcript-only call has no audio, so its status and webhook link none (the download would 404).
 */
import type { Manifest } from '../storage/store.js';

/** Each downloadable artefact and which published file names are it. */
export const ARTEFACT_KINDS = {
  transcript: (name: string) => name.startsWith('transcript'),
  audio: (name: string) => name.startsWith('audio'),
  report: (name: string) => name === 'report.json',
} as const;

export type ArtefactKind = keyof typeof ARTEFACT_KINDS;
export type ArtefactLinks = Record<ArtefactKind, string | null>;

/** The kinds of artefact a published manifest holds (none without a manifest). */
export function publishedKinds(manifest: Pick<Manifest, 'artefacts'> | null): Set<ArtefactKind> {
  const names = Object.keys(manifest?.artefacts ?? {});
  return new Set(
    (Object.keys(ARTEFACT_KINDS) as ArtefactKind[]).filter((kind) => names.some(ARTEFACT_KINDS[kind])),
  );
}

/** `<base>/<kind>` for each published kind, null for the others. */
export function artefactLinks(base: string, published: ReadonlySet<ArtefactKind>): ArtefactLinks {
  const link = (kind: ArtefactKind): string | null => (published.has(kind) ? `${base}/${kind}` : null);
  return { transcript: link('transcript'), audio: link('audio'), report: link('report') };
}
