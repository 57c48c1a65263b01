// Relationship types, their endpoints and properties; every one but MENTIONS carries its evidence.
import { z } from 'zod';
import { Id } from './ids.js';
import { DatedShape, PartialDate, type NodeLabel } from './nodes.js';

/** Where a fact was read: the article, the sentence and its character offsets in the article text. */
export const Evidence = z.object({
  articleId: Id,
  sentence: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  rule: z.string().min(1),
});
export type Evidence = z.infer<typeof Evidence>;

const edgeBase = { id: Id, source: Id, target: Id };

export const SaidRel = z.object({ ...edgeBase, type: z.literal('SAID'), ...Evidence.shape });
/** A Statement, or one report of an Event (with the words that name it there, `mention`), in an Article. */
export const ReportedInRel = z.object({ ...edgeBase, type: z.literal('REPORTED_IN'), ...Evidence.shape, mention: z.string().min(1).optional() });
export const MentionsRel = z.object({ ...edgeBase, type: z.literal('MENTIONS'), count: z.number().int().positive() });
/**
 * A role as one report states it: `asOf` is the report's date (with its span in dateStart/dateEnd), `current` is false
 * for a role the text gives as past ("former", "then-", "ex-").
 */
export const HoldsRoleRel = z.object({
  ...edgeBase, type: z.literal('HOLDS_ROLE'), role: z.string().min(1), ...Evidence.shape,
  asOf: PartialDate.optional(), current: z.boolean().optional(), ...DatedShape,
});
export const ParticipatedInRel = z.object({ ...edgeBase, type: z.literal('PARTICIPATED_IN'), role: z.string().min(1), ...Evidence.shape });
export const OccurredInRel = z.object({ ...edgeBase, type: z.literal('OCCURRED_IN'), ...Evidence.shape });
export const AboutRel = z.object({ ...edgeBase, type: z.literal('ABOUT'), ...Evidence.shape });

export const Relationship = z.discriminatedUnion('type', [
  SaidRel, ReportedInRel, MentionsRel, HoldsRoleRel, ParticipatedInRel, OccurredInRel, AboutRel,
]);
export type Relationship = z.infer<typeof Relationship>;
export type RelType = Relationship['type'];

export const REL_TYPES = ['SAID', 'REPORTED_IN', 'MENTIONS', 'HOLDS_ROLE', 'PARTICIPATED_IN', 'OCCURRED_IN', 'ABOUT'] as const satisfies readonly RelType[];

/** Which labels each relationship type may join: the whitelist the store and the validator use. */
export const ENDPOINTS: Record<RelType, { from: readonly NodeLabel[]; to: readonly NodeLabel[] }> = {
  SAID: { from: ['Person', 'Organization', 'Source'], to: ['Statement'] },
  REPORTED_IN: { from: ['Statement', 'Event'], to: ['Article'] },
  MENTIONS: { from: ['Article'], to: ['Person', 'Organization', 'Place', 'Event'] },
  HOLDS_ROLE: { from: ['Person'], to: ['Organization', 'Place'] },
  PARTICIPATED_IN: { from: ['Person', 'Organization', 'Place'], to: ['Event'] },
  OCCURRED_IN: { from: ['Event'], to: ['Place'] },
  ABOUT: { from: ['Statement'], to: ['Person', 'Organization', 'Place', 'Event'] },
};
