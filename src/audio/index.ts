/** Audio redaction: ffmpeg discovery, probe, span planning, filter graph, one-pass bleeping. */
export { DEFAULT_BLEEP, DEFAULT_SPAN_PLAN } from './defaults.js';
export { buildFilterGraph } from './filter-graph.js';
export { audioExtension } from './output-format.js';
export { checkWordTimes, planSpans } from './plan.js';
export { probeAudio } from './probe.js';
export { redactAudio } from './redact.js';
export { describeFfmpeg, resolveFfmpeg } from './tools.js';
export type {
  AudioInfo,
  BleepKind,
  BleepOptions,
  FfmpegTools,
  OutputAudioFormat,
  RedactAudioRequest,
  SpanPlanOptions,
} from './types.js';
export { SPEECH_SAMPLE_RATE, writeSpeechChunk } from './speech-chunk.js';
