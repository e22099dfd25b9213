import { truncate } from '../engine/token-pool';
import type { NounKind } from '../lexicon/lexicon';
import type { Metric } from '../types';

/** What the words right after a number say it counts. */
export interface Head {
  /** person kinds, 'metric' (the noun is itself a metric: "deaths", "79 killed"), 'nonfig', 'unknown' or 'none' */
  kind: NounKind | 'metric' | 'unknown' | 'none';
  metric: Metric | null;
  /** parties named inside the noun phrase ("Russian and Ukrainian soldiers") */
  parties: string[];
  /** civilians named in or right after the noun phrase ("including women and children") */
  civilians: boolean;
  /** soldiers named before a metric noun ("military deaths", "troop losses") */
  soldiers: boolean;
  /** token after the noun phrase */
  end: number;
  /** the noun is a people ("Russians", "Palestinians"), not soldiers */
  people?: boolean;
  /** a casualty word before the noun says what is counted: "40 wounded soldiers", "dead civilians" */
  adjective?: Metric;
}

/** One hidden shape for every head, every field set from the start. */
export class HeadOf implements Head {
  kind: Head['kind'] = 'none';
  metric: Metric | null = null;
  readonly parties: string[] = [];
  civilians = false;
  soldiers = false;
  end = 0;
  people = false;
  adjective: Metric | undefined = undefined;

  /** Makes the head new again, for the candidate whose number ends at token `end`. */
  reset(end: number): this {
    this.kind = 'none';
    this.metric = null;
    truncate(this.parties, 0);
    this.civilians = false;
    this.soldiers = false;
    this.end = end;
    this.people = false;
    this.adjective = undefined;
    return this;
  }
}
