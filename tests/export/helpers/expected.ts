// What a reader of the exports should get back: the fixture as plain records, minus what XML cannot carry.
import type { GraphData } from '../../../graph-schema/index.js';
import { buildGraph, toGraphData } from '../../../src/graph/index.js';
import { NASTY, fixtureData } from './fixture.js';

/** The fixture as GraphML carries it: null properties left out, characters XML 1.0 forbids dropped (only NASTY.quote has any). */
export function expectedAfterXml(): GraphData {
  const json = JSON.stringify(toGraphData(buildGraph(fixtureData)), (_key, value: unknown) => (value === NASTY.quote ? NASTY.quoteClean : value));
  return JSON.parse(json, (_key, value: unknown) => (value === null ? undefined : value)) as GraphData;
}

/** A record keyed by id, so comparisons do not depend on order. */
export function byKey<T extends { id: string }>(records: T[]): Record<string, Omit<T, 'id'>> {
  return Object.fromEntries(records.map(({ id, ...rest }) => [id, rest]));
}
