// The chrono instance: casual English plus our parsers (first, so they win ties) and filters.
import { casual, type Chrono } from 'chrono-node';
import { durationParsers } from './durations';
import { holidayParsers } from './holidays';
import { extraParsers } from './extra-parsers';
import { periodParsers } from './periods';
import { relativeParsers } from './relative-parsers';
import { isRangeMerger, prepositionTrimmer, proseFilter, shieldReadings } from './refiners';

function build(): Chrono {
  const chrono = casual.clone();
  chrono.parsers.unshift(...durationParsers, ...relativeParsers, ...periodParsers, ...holidayParsers, ...extraParsers);
  chrono.refiners = chrono.refiners.filter((refiner) => !isRangeMerger(refiner)).map(shieldReadings);
  // Before chrono resolves overlaps and merges ("6.43, on Friday" must not become a time).
  chrono.refiners.unshift(prepositionTrimmer, proseFilter);
  return chrono;
}

export const recogniser = build();
