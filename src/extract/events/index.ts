// Events (meetings, strikes, invasions, ...) with participants, place and normalised date. Stub.
import type { EventType } from '../../../graph-schema/index.js';
import type { Mention, Sentence } from '../types.js';

export interface EventFinding {
  eventType: EventType;
  name: string;
  start: number;
  end: number;
  sentence: number;
  date: string | null;
  dateText: string | null;
  participants: { mention: number; role: string }[];
  place: number | null;
  rule: string;
}

export function findEvents(text: string, sentences: Sentence[], mentions: Mention[], articleDate: string | null): EventFinding[] {
  void text; void sentences; void mentions; void articleDate;
  return [];
}

export function normalizeDate(dateText: string, articleDate: string | null): string | null {
  void dateText; void articleDate;
  return null;
}
