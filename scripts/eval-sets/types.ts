/**
 * The shared model of the evaluation-set converter: every source module turns its input into
 * `SourceDoc`s (formatted text with character-level spans); the renderer turns groups of them into
 * labelled calls in both transcript styles.
 */
import type { EntityType } from '../../src/types.js';

/** A character range [start, end) of a segment's text. */
export interface CharSpan {
  start: number;
  end: number;
}

export interface LabelSpan extends CharSpan {
  type: EntityType;
}

/** A look-alike that stays visible (company, city, ...): recorded as a hard negative. */
export interface NegativeSpan extends CharSpan {
  kind: string;
}

/** One turn of a call: a sentence, a paragraph or a message, said by one speaker. */
export interface Segment {
  text: string;
  labels: LabelSpan[];
  negatives?: NegativeSpan[];
}

export interface SourceDoc {
  /** stable id within the source (document, sentence or composed letter) */
  id: string;
  /** the split unit: docs with the same key land in the same split (dev or test) */
  splitKey: string;
  /** a split decided by the source module (hold-out by country or frame); otherwise by splitKey */
  split?: 'dev' | 'test';
  /** the kind of text, copied to the call's `domain` */
  domain: string;
  segments: Segment[];
}

export type Style = 'asr' | 'formatted';
export const STYLES: readonly Style[] = ['formatted', 'asr'];

export interface CallWord {
  text: string;
  start: number;
  end: number;
  speaker: string;
}

export interface CallSpan {
  type: string;
  start_word: number;
  /** exclusive */
  end_word: number;
}

export interface LabelledCall {
  id: string;
  style: Style;
  domain: string;
  words: CallWord[];
  labels: CallSpan[];
  hard_negatives: CallSpan[];
}
