// Node labels of the graph and their properties; the only definition, types are inferred.
import { z } from 'zod';
import { Id } from './ids.js';

/** A complete (YYYY-MM-DD) or partial (YYYY-MM, YYYY) ISO date. */
export const PartialDate = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD');

/** A complete date, YYYY-MM-DD. */
export const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');

/** The typed view of a `date` (graph-schema/dates.ts): its precision and the first and last day it covers. */
export const DatedShape = {
  datePrecision: z.enum(['year', 'month', 'day']).optional(),
  dateStart: Day.optional(),
  dateEnd: Day.optional(),
};

export const ArticleNode = z.object({
  id: Id,
  type: z.literal('Article'),
  title: z.string(),
  date: PartialDate.nullable(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  /** Authors from the bylines ("By X and Y", "X contributed to this report"), in the order printed. */
  authors: z.array(z.string().min(1)).optional(),
  ...DatedShape,
});

const entityShape = {
  id: Id,
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.string().optional(),
};

/** `roles` holds roles the text gives with no organization ("Zubaidi's diplomatic adviser"). */
export const PersonNode = z.object({ ...entityShape, type: z.literal('Person'), roles: z.array(z.string()).optional() });
export const OrganizationNode = z.object({ ...entityShape, type: z.literal('Organization') });
export const PlaceNode = z.object({ ...entityShape, type: z.literal('Place') });

/** A speaker the text does not name ("a senior defense official", "a joint statement"), kept as written. */
export const SourceNode = z.object({
  id: Id,
  type: z.literal('Source'),
  name: z.string().min(1),
  aliases: z.array(z.string()),
  kind: z.enum(['unnamed-person', 'document', 'group']),
});

/** The gold's event types (shared/eval/README.md) and a few more specific ones; families in event-families.ts. */
export const EventType = z.enum([
  'meeting', 'talks', 'visit', 'call', 'attack', 'attack-series', 'strike', 'killing', 'election', 'vote', 'invasion',
  'withdrawal', 'deployment', 'redeployment', 'resolution', 'agreement', 'announcement', 'interview', 'briefing',
  'statement', 'protest', 'ceasefire', 'war', 'arrest', 'coup', 'inauguration', 'resignation', 'death', 'concession', 'speech', 'congratulation', 'abduction',
  'capture', 'sentencing', 'other',
]);

export const EventNode = z.object({
  id: Id,
  type: z.literal('Event'),
  name: z.string().min(1),
  eventType: EventType,
  date: PartialDate.nullable(),
  dateText: z.string().nullable(),
  /**
   * Where the date comes from: `text`, its own date words ("on Tuesday", in `dateText`); `article`, the article's date
   * (news told in a lead, someone speaking); `context`, the time the article last gave before a sentence that tells
   * none ("Police stormed the camp."): a reading, right about half the time on the real batches; `model`, the learned
   * dates pass's choice among those and the sentence's date words (src/extract/event-dates-learned.ts).
   */
  dateBasis: z.enum(['text', 'article', 'context', 'model']).optional(),
  /** Other names the same event goes by in the articles ("drone strike", "assassination"). */
  aliases: z.array(z.string()).optional(),
  ...DatedShape,
  /** Whether it happened, as most of its reports tell: a planned withdrawal is not a withdrawal that happened. */
  modality: z.enum(['occurred', 'planned', 'hypothetical', 'negated']).optional(),
  /** How many articles report it (each report is a REPORTED_IN edge to its article). */
  reports: z.number().int().positive().optional(),
});

export const StatementNode = z.object({
  id: Id,
  type: z.literal('Statement'),
  text: z.string().min(1),
  articleId: Id,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** When it was said: the day the text gives ("said on Tuesday"), else the article's date; absent when neither is known. */
  date: PartialDate.optional(),
  ...DatedShape,
});

export const Node = z.discriminatedUnion('type', [
  ArticleNode, PersonNode, OrganizationNode, PlaceNode, SourceNode, EventNode, StatementNode,
]);

export type ArticleNode = z.infer<typeof ArticleNode>;
export type PersonNode = z.infer<typeof PersonNode>;
export type OrganizationNode = z.infer<typeof OrganizationNode>;
export type PlaceNode = z.infer<typeof PlaceNode>;
export type SourceNode = z.infer<typeof SourceNode>;
export type EventNode = z.infer<typeof EventNode>;
export type StatementNode = z.infer<typeof StatementNode>;
export type Node = z.infer<typeof Node>;
export type NodeLabel = Node['type'];
export type EventType = z.infer<typeof EventType>;

export const NODE_LABELS = ['Article', 'Person', 'Organization', 'Place', 'Source', 'Event', 'Statement'] as const satisfies readonly NodeLabel[];
export const ENTITY_LABELS = ['Person', 'Organization', 'Place'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type EntityNode = PersonNode | OrganizationNode | PlaceNode;
