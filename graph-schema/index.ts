// The one definition of the graph: labels, relationship types, properties, ids and validation.
export * from './ids.js';
export * from './nodes.js';
export * from './relationships.js';
export * from './validate.js';
export { constraintStatements } from './constraints.js';
export { EVENT_FAMILIES, eventFamily, type EventFamily } from './event-families.js';
export { dateRange, type DatePrecision, type DateRange } from './dates.js';
