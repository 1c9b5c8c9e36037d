/**
 * A call's utterances: one per speaker turn (a maximal run of words with the same speaker and
 * channel); for transcripts without speakers or channels, one per segment (words separated by less
 * than SEGMENT_GAP seconds). Each utterance's audio is its words' time range plus `margin`,
 * clamped to the call, widened to cover every bleep it touches (cut.ts).
 */
import { bleepIntervals, coverBleeps, toFrames, type FrameRange } from './cut.js';
import type { RedactedCall, RedactedWord } from './redacted-call.js';

/** pause that ends a segment when the transcript has no speakers (seconds) */
export const SEGMENT_GAP = 1.0;

export interface Utterance {
  callId: string;
  /** turn index within the call */
  turn: number;
  /** the transcript's speaker label (or channel): internal only, anonymised before writing */
  speaker: string;
  words: RedactedWord[];
  /** frames of the audio the clip is sliced from, at `rate` */
  range: FrameRange;
  rate: number;
  /** holds a redacted word */
  redacted: boolean;
  /** its audio overlaps a bleep */
  bleeped: boolean;
}

type Timed = RedactedWord & { start: number; end: number };

const timed = (w: RedactedWord): w is Timed => Number.isFinite(w.start) && Number.isFinite(w.end);

const labelOf = (w: RedactedWord): string =>
  w.speaker !== undefined ? w.speaker : w.channel !== undefined ? `channel ${w.channel}` : '';

/** Words grouped into turns (or pause-separated segments when no word has a speaker). */
export function speakerTurns(words: readonly RedactedWord[]): { speaker: string; words: Timed[] }[] {
  const list = words.filter(timed);
  const bySpeaker = list.some((w) => labelOf(w) !== '');
  const turns: { speaker: string; words: Timed[] }[] = [];
  for (const word of list) {
    const last = turns.at(-1);
    const lastWord = last?.words.at(-1);
    const same =
      last &&
      lastWord &&
      (bySpeaker ? labelOf(word) === last.speaker : word.start - lastWord.end < SEGMENT_GAP);
    if (same) last.words.push(word);
    else turns.push({ speaker: bySpeaker ? labelOf(word) : 'unknown', words: [word] });
  }
  return turns;
}

export interface UtteranceAudio {
  /** sample rate of the audio the clips are sliced from */
  rate: number;
  /** its length in frames */
  frames: number;
  /** seconds added before the first and after the last word */
  margin: number;
}

export function buildUtterances(call: RedactedCall, audio: UtteranceAudio): Utterance[] {
  const intervals = bleepIntervals(call.spans, audio.rate, audio.frames);
  return speakerTurns(call.words).map((turn, index) => {
    const first = turn.words[0]!;
    const last = turn.words.at(-1)!;
    const range = coverBleeps(
      toFrames(first.start - audio.margin, last.end + audio.margin, audio.rate, audio.frames),
      intervals,
    );
    return {
      callId: call.callId,
      turn: index,
      speaker: turn.speaker,
      words: turn.words,
      range,
      rate: audio.rate,
      redacted: turn.words.some((w) => w.redaction !== undefined),
      bleeped: intervals.some((iv) => iv.start < range.end && range.start < iv.end),
    };
  });
}
