import type { EntityType } from '../types.js';
import type { Detector } from './types.js';

/** The set of detectors a pipeline runs. Names are unique; reports cite them. */
export class DetectorRegistry {
  private readonly byName = new Map<string, Detector>();

  constructor(detectors: Iterable<Detector> = []) {
    for (const d of detectors) this.register(d);
  }

  register(detector: Detector): this {
    if (this.byName.has(detector.name)) throw new Error(`detector registered twice: ${detector.name}`);
    this.byName.set(detector.name, detector);
    return this;
  }

  /** Detectors that can produce at least one of the wanted types. */
  select(types: ReadonlySet<EntityType>): Detector[] {
    return [...this.byName.values()].filter((d) => d.entityTypes.some((t) => types.has(t)));
  }
}
