// Direct quotations and who said them. Stub: finds nothing until the passes land.
import type { Mention, Sentence } from '../types.js';

export type SpeakerRef =
  | { kind: 'mention'; mention: number }
  | { kind: 'unnamed'; text: string; sourceKind: 'unnamed-person' | 'document' | 'group' }
  | null;

export interface QuoteFinding {
  start: number;
  end: number;
  text: string;
  sentence: number;
  speaker: SpeakerRef;
  rule: string;
  speakerRule: string | null;
}

export function findQuotes(text: string, sentences: Sentence[], mentions: Mention[]): QuoteFinding[] {
  void text; void sentences; void mentions;
  return [];
}
