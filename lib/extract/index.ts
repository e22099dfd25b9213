export { extractFigures } from './extract';
export { parseNumber, parseNumbers } from './parse-number';
export type { ExtractOptions, Figure, Metric, Qualifier } from './types';
