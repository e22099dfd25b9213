export { extractFigures } from './extract';
export { parseNumber, parseNumbers, parseRanges } from './parse-number';
export type { ExtractOptions, Figure, Metric, Qualifier } from './types';
