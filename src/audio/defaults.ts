import type { BleepOptions, SpanPlanOptions } from './types.js';

export const DEFAULT_SPAN_PLAN: Readonly<SpanPlanOptions> = Object.freeze({
  padding: 0.15,
  mergeGap: 0,
  perChannel: false,
  mirrorChannels: false,
});

export const DEFAULT_BLEEP: Readonly<BleepOptions> = Object.freeze({
  kind: 'tone',
  levelDb: -10,
  fade: 0.005,
  frequency: 1000,
});
