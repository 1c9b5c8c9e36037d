/**
 * analyze(): runs the registry's detectors over one transcript and applies the policy
 * (entity selection, thresholds, allow list), propagates each found value to its other
 * occurrences in the call, adds seeded values and the policy's deny list, then resolves overlaps.
 */
import type { Candidate, EntityType, Word } from '../types.js';
import { ENTITY_TYPES } from '../types.js';
import { DEFAULT_POLICY, DEFAULT_REGION, type Policy, typePolicy } from '../policy.js';
import { buildSpokenRuns } from '../transcript/spoken-view.js';
import type { DetectorRegistry } from './registry.js';
import type { DetectionContext } from './types.js';
import { resolveOverlaps } from './resolve.js';
import { normaliseToken } from './context.js';
import { cleanWords } from './clean-words.js';
import { mapToOriginal, splitWords } from './split-words.js';
import { absorbRepairs } from './repairs.js';
import { defaultRegistry } from './detectors/index.js';
import { propagate } from './propagate.js';
import { vetoPersons } from './detectors/person-veto.js';
import { vetoNonPersonNames } from './detectors/person-place-veto.js';
import { vetoGroupNames } from './detectors/person-group-names.js';
import { dropAsrModalVerbs } from './detectors/person-asr-modal-verbs.js';
import { dropBodyNames } from './detectors/person-body-names.js';
import { vetoNonPersonPhrases } from './detectors/person-phrase-veto.js';
import { vetoDefinedPlaces } from './detectors/person-place-definition.js';
import { trimLeadingRoles } from './detectors/person-role-trim.js';
import { vetoLandmarkNames } from './detectors/person-landmark-veto.js';
import { trimLeadingTitles } from './detectors/person-title-trim.js';
import { trimRoyalTitles } from './detectors/person-royal-title.js';
import { vetoPlaceOffices } from './detectors/person-place-offices.js';
import { vetoOfficeNames } from './detectors/person-office-veto.js';
import { vetoCountryLists } from './detectors/person-country-lists.js';
import { vetoEponymSites } from './detectors/person-eponym-sites.js';
import { vetoPersonsAtPlaces } from './detectors/person-at-place.js';
import { hashtagsOutOfPersons } from './detectors/person-hashtags.js';
import { dropNonPersonShapes } from './detectors/person-shapes-veto.js';
import { dropLowerCaseNonNames } from './detectors/person-lower-veto.js';
import { dropDocumentNouns } from './detectors/person-document-nouns.js';
import { trimMixedCaseNames } from './detectors/person-mixed-case.js';
import { dropCuesAcrossStops } from './detectors/person-cue-stop.js';
import { dropForeignFunctionRepeats } from './detectors/person-foreign-repeats.js';
import { dropForeignSentenceNames } from './detectors/person-foreign-sentence.js';
import { dropAsrNonNames } from './detectors/person-asr-veto.js';
import { dropAsrCommonWords } from './detectors/person-asr-common-words.js';
import { vetoPersonMisreads } from './detectors/person-misreads.js';
import { vetoAddressMisreads } from './detectors/address-misreads.js';
import { findSeeds, type Seed } from './seeds.js';
import { mapPacked } from './arrays.js';
import { dropLabelAddresses } from './phone-labels.js';
import { slavicNamesBeforeTypes } from './address/slavic-street-names.js';
import { namesEndAtStreets } from './address/name-before-type.js';
import { namesEndBeforeStreetNumbers } from './address/name-before-number.js';
import { addSignatureBlockNames } from './detectors/person-signature-blocks.js';
import { trimAsrSignatureMarks } from './detectors/person-asr-signature-mark.js';
import { addAttentionLineNames } from './detectors/person-attention-lines.js';
import { endAddressesAtAttention } from './detectors/address-attention-trim.js';
import { addAddressBlockNames } from './detectors/person-address-lines.js';
import { addContactLineNames } from './detectors/person-contact-lines.js';
import { dropContractWords } from './detectors/person-contract-words.js';
import { dropDefinedTerms } from './detectors/person-defined-terms.js';
import { trimFormLabels } from './detectors/person-form-labels.js';
import { dropUnitNames } from './detectors/person-unit-names.js';
import { dropSpelledCodes } from './detectors/person-spelled-codes.js';
import { dropRomanNumerals } from './detectors/person-roman-numerals.js';
import { dropFirmNames } from './detectors/person-firm-names.js';
import { dropFirmRepeats } from './detectors/person-firm-repeats.js';
import { dropAsrDefinedTerms } from './detectors/person-asr-defined-terms.js';
import { dropAsrMeansTerms } from './detectors/person-asr-means-terms.js';
import { dropHeadedNames } from './detectors/person-name-heads.js';
import { dropFirmShortNames } from './detectors/person-firm-short-names.js';
import { dropOpeningPlaces } from './detectors/person-opening-places.js';
import { trimContractRoleEdges } from './detectors/person-contract-role-edges.js';
import { vetoEponymGroups } from './detectors/person-eponym-groups.js';
import { joinArabicLinks } from './detectors/person-arabic-links.js';
import { dropTitleOnlyNames } from './detectors/person-title-only.js';
import { dropTownsBeforeCountries } from './detectors/person-towns-before-countries.js';
import { carryAddressView } from './address/view.js';
import { addDisplayNames } from './detectors/person-display-names.js';
import { addNotesNames, growSpokenNotesNames } from './detectors/person-notes-names.js';
import { dropStormNames } from './detectors/person-storm-names.js';
import { addInitialsSignoffs } from './detectors/person-initials-signoffs.js';
import { addVocativeNames } from './detectors/person-vocatives.js';
import { addFirmOfficerNames } from './detectors/person-firm-officers.js';

export type { Seed } from './seeds.js';

export interface AnalyzeOptions {
  policy?: Policy;
  registry?: DetectorRegistry;
  /** known identifiers of this call (e.g. from a CRM): every occurrence is redacted */
  seeds?: readonly Seed[];
  /**
   * Called as each phase ends (bench:detect times them with its own clock); phases: spoken view,
   * tokens, each detector by name, propagation, seeds and overlaps.
   */
  onPhase?: (phase: string) => void;
}

type Lap = (phase: string) => void;
const noLap: Lap = () => {};

export function buildDetectionContext(
  raw: readonly Word[],
  region: string = DEFAULT_REGION,
  lap: Lap = noLap,
): DetectionContext {
  // detectors read cleaned texts (invisible characters, look-alikes ... taken off); indices stay
  const words = cleanWords(raw);
  lap('clean words');
  return contextOfCleanWords(words, region, lap);
}

function contextOfCleanWords(words: readonly Word[], region: string, lap: Lap): DetectionContext {
  const spoken = buildSpokenRuns(words);
  lap('spoken view');
  const tokens = mapPacked(words, (w) => normaliseToken(w.text));
  lap('tokens');
  return { words, spoken, tokens, region };
}

const normaliseAllowed = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

export function analyze(words: readonly Word[], options: AnalyzeOptions = {}): Candidate[] {
  // words are cleaned once here; a word holding several (a phrase with NBSPs, a JSON object) is
  // then read as its parts
  const cleaned = cleanWords(words);
  (options.onPhase ?? noLap)('clean words');
  const split = splitWords(cleaned);
  if (!split) return analyzeWords(cleaned, options);
  return mapToOriginal(analyzeWords(split.words, options), split.origin);
}

const wantedByPolicy = new WeakMap<Policy, ReadonlyMap<EntityType, number>>();

/** The types a policy redacts, with their thresholds: worked out once per policy object, not per call. */
function wantedTypes(policy: Policy): ReadonlyMap<EntityType, number> {
  let wanted = wantedByPolicy.get(policy);
  if (!wanted) {
    const map = new Map<EntityType, number>();
    for (const type of ENTITY_TYPES) {
      const p = typePolicy(policy, type);
      if (p) map.set(type, p.threshold);
    }
    wantedByPolicy.set(policy, map);
    wanted = map;
  }
  return wanted;
}

/**
 * Builds the call's views and runs the policy's detectors. The detectors' per-call memos (address
 * view, postcode readings, number cues: WeakMaps keyed by the context object) are read by no later
 * phase: the context returned is a copy, so once this returns they can be collected (on a call of a
 * million words the address view alone holds ~65 MB).
 */
function runDetectors(
  words: readonly Word[],
  policy: Policy,
  registry: DetectorRegistry,
  wanted: ReadonlyMap<EntityType, number>,
  lap: Lap,
): { ctx: DetectionContext; candidates: Candidate[] } {
  const ctx = contextOfCleanWords(words, policy.region ?? DEFAULT_REGION, lap);
  const allowed = new Set(policy.allow.map(normaliseAllowed));
  const candidates: Candidate[] = [];
  for (const detector of registry.select(new Set(wanted.keys()))) {
    for (const c of detector.detect(ctx)) {
      const threshold = wanted.get(c.type);
      if (threshold === undefined || c.score < threshold) continue;
      if (allowed.size > 0 && allowed.has(normaliseAllowed(c.value))) continue;
      candidates.push(c);
    }
    lap(detector.name);
  }
  const after = { ...ctx };
  // the address passes after detection read the same per-word view: handed over, not rebuilt
  carryAddressView(ctx, after, candidates);
  return { ctx: after, candidates };
}

/** A pass over the detectors' candidates: drops, trims or moves some of them. */
// a step may change the array it is given: each gets the fresh array the step before returned
type CandidateStep = (ctx: DetectionContext, candidates: Candidate[]) => Candidate[];

/**
 * Passes before each found name spreads over the call (propagate.ts), in order: what they drop is
 * not found again elsewhere. Hashtags leave the names first.
 */
const BEFORE_PROPAGATION: readonly CandidateStep[] = [
  addSignatureBlockNames,
  trimAsrSignatureMarks,
  endAddressesAtAttention,
  addAttentionLineNames,
  addAddressBlockNames,
  addContactLineNames,
  addVocativeNames,
  addFirmOfficerNames,
  addNotesNames,
  trimFormLabels,
  dropUnitNames,
  dropSpelledCodes,
  dropRomanNumerals,
  dropFirmNames,
  dropCuesAcrossStops,
  hashtagsOutOfPersons,
  dropNonPersonShapes,
  trimMixedCaseNames,
  dropLowerCaseNonNames,
  dropDocumentNouns,
  dropAsrModalVerbs,
  trimContractRoleEdges,
  dropContractWords,
  dropDefinedTerms,
  dropAsrDefinedTerms,
  dropAsrMeansTerms,
  dropAsrNonNames,
  dropAsrCommonWords,
  namesEndAtStreets,
  slavicNamesBeforeTypes,
  namesEndBeforeStreetNumbers,
  joinArabicLinks,
  dropBodyNames,
];

/** Passes over the candidates and their spread copies, in order; repairs are absorbed last. */
const AFTER_PROPAGATION: readonly CandidateStep[] = [
  dropForeignFunctionRepeats,
  dropForeignSentenceNames,
  vetoPersons,
  growSpokenNotesNames,
  addDisplayNames,
  vetoPersonMisreads,
  dropAsrMeansTerms,
  vetoNonPersonNames,
  vetoGroupNames,
  dropStormNames,
  vetoNonPersonPhrases,
  vetoDefinedPlaces,
  vetoLandmarkNames,
  vetoEponymSites,
  vetoPlaceOffices,
  vetoOfficeNames,
  vetoCountryLists,
  vetoPersonsAtPlaces,
  vetoEponymGroups,
  dropHeadedNames,
  dropOpeningPlaces,
  dropTitleOnlyNames,
  dropTownsBeforeCountries,
  trimLeadingTitles,
  trimLeadingRoles,
  trimRoyalTitles,
  vetoAddressMisreads,
  dropLabelAddresses,
  dropFirmNames,
  dropFirmRepeats,
  dropFirmShortNames,
  addInitialsSignoffs,
  absorbRepairs,
];

function applySteps(
  ctx: DetectionContext,
  candidates: readonly Candidate[],
  steps: readonly CandidateStep[],
): Candidate[] {
  let out = [...candidates];
  for (const step of steps) out = step(ctx, out);
  return out;
}

function analyzeWords(words: readonly Word[], options: AnalyzeOptions): Candidate[] {
  const policy = options.policy ?? DEFAULT_POLICY;
  const registry = options.registry ?? defaultRegistry();
  const wanted = wantedTypes(policy);
  const lap = options.onPhase ?? noLap;
  const found = runDetectors(words, policy, registry, wanted, lap);
  const ctx = found.ctx;
  const candidates = applySteps(ctx, found.candidates, BEFORE_PROPAGATION);
  candidates.push(...propagate(ctx, candidates));
  lap('propagation');
  const repaired = applySteps(ctx, candidates, AFTER_PROPAGATION);
  // seeds and deny entries are explicit: no threshold, no allow list, but only for redacted types
  const explicit = (list: readonly Seed[]): Seed[] => list.filter((s) => wanted.has(s.type));
  repaired.push(...findSeeds(ctx, explicit(options.seeds ?? []), 'seed'));
  repaired.push(...findSeeds(ctx, explicit(policy.deny), 'deny'));
  const resolved = resolveOverlaps(repaired);
  lap('seeds and overlaps');
  return resolved;
}
