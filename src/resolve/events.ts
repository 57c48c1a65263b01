// Event mentions of many articles → one Event node per real event, with content-derived ids, a REPORTED_IN per
// mention (its evidence and words) and evidence on every participant and place.
// Two mentions are one event when their types are compatible (strike ~ attack), their dates agree at the precision
// both have, and they share a resolved participant or place with no attacker/target contradiction; a mention with
// no parties joins the one event it can only be; an undated mention joins an event of its own article that shares
// two parties with it.
import { dateRange, makeEdgeId, makeId, slugify, type EventNode, type EventType, type Evidence, type Relationship } from '../../graph-schema/index.js';
import type { EventFinding } from '../extract/events/index.js';
import type { ArticleExtraction } from '../extract/types.js';
import type { Resolution, ResolveInput } from './index.js';

/** Types that can name one event: an assassination is an attack is a strike; talks are a meeting. */
const TYPE_GROUP: Partial<Record<EventType, string>> = {
  attack: 'attack', strike: 'attack', killing: 'attack', 'attack-series': 'attack', meeting: 'meeting', talks: 'meeting', visit: 'meeting',
  call: 'meeting', withdrawal: 'withdrawal', redeployment: 'withdrawal', vote: 'vote', resolution: 'vote',
};
const groupOf = (t: EventType): string => TYPE_GROUP[t] ?? t;
const OPPOSED: Record<string, string> = { attacker: 'target', target: 'attacker' };

interface Ref {
  article: number;
  articleId: string;
  extraction: ArticleExtraction;
  finding: EventFinding;
  /** Resolved entity id → role in this mention. */
  roles: Map<string, string>;
  /** Entities the report's sentence names with no role of their own: parties shown, never merge evidence. */
  named: string[];
  /** Entities the learned participants pass made parties: shown, never merge evidence. */
  learned: string[];
  place: string | null;
  /** The place that is merge evidence: the patterns' place, where the learned places pass chose another to show. */
  mergePlace: string | null;
  /** The country the report's story is about, for a report with no place of its own (src/extract/events). */
  storyPlace: string | null;
  /** The patterns' date and date words: what merges reports (the learned dates pass's choice only shows). */
  date: string | null;
  dateText: string | null;
  /** Article id and offset: the order of mentions, whatever the order of the input. */
  key: string;
  /** Why this report joined its event (`kg build --explain`): the merge step, or `first-report`. */
  joined?: string;
  articleDate: string | null;
}

interface Cluster {
  refs: Ref[];
  group: string;
  /** The most precise date of its mentions; all of them agree with it. */
  date: string | null;
  roles: Map<string, Set<string>>;
  articles: Set<number>;
}

export interface EventRecords {
  nodes: EventNode[];
  relationships: Relationship[];
}

/** "2020" and "2020-01-03" agree; "2020-01" and "2020-03" do not. */
export function datesAgree(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const key = (r: Ref): string => r.key;

function entitiesOf(r: Ref): string[] {
  const ids = [...r.roles.keys()];
  if (r.mergePlace && !r.roles.has(r.mergePlace)) ids.push(r.mergePlace);
  return ids;
}

function fits(c: Cluster, r: Ref, needDate: boolean): { shared: number } | null {
  if (c.group !== groupOf(r.finding.eventType)) return null;
  if (needDate && (c.date === null || r.date === null || !datesAgree(c.date, r.date))) return null;
  if (!needDate && c.date !== null && r.date !== null && !datesAgree(c.date, r.date)) return null;
  let shared = 0;
  for (const id of entitiesOf(r)) {
    const roles = c.roles.get(id);
    if (!roles) continue;
    const role = r.roles.get(id);
    if (role && OPPOSED[role] && roles.has(OPPOSED[role]!) && !roles.has(role)) return null;
    shared++;
  }
  return { shared };
}

function addTo(c: Cluster, r: Ref): void {
  c.refs.push(r);
  c.articles.add(r.article);
  if (r.date && (c.date === null || r.date.length > c.date.length)) c.date = r.date;
  for (const id of entitiesOf(r)) {
    let roles = c.roles.get(id);
    if (!roles) c.roles.set(id, (roles = new Set()));
    const role = r.roles.get(id);
    if (role) roles.add(role);
  }
}

function newCluster(r: Ref): Cluster {
  const c: Cluster = { refs: [], group: groupOf(r.finding.eventType), date: null, roles: new Map(), articles: new Set() };
  addTo(c, r);
  return c;
}

/** The candidate with most shared parties; ties go to the cluster whose first mention comes first. */
function best(candidates: Iterable<Cluster>, r: Ref, needDate: boolean, minShared: number): Cluster | null {
  let found: Cluster | null = null;
  let foundShared = -1;
  for (const c of candidates) {
    const f = fits(c, r, needDate);
    if (!f || f.shared < minShared) continue;
    if (f.shared > foundShared || (f.shared === foundShared && key(c.refs[0]!) < key(found!.refs[0]!))) {
      found = c;
      foundShared = f.shared;
    }
  }
  return found;
}

/** The only candidate that fits, or none when there are several. */
function only(candidates: Iterable<Cluster>, r: Ref, needDate: boolean): Cluster | null {
  let found: Cluster | null = null;
  for (const c of candidates) {
    if (!fits(c, r, needDate)) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/** Parties the mention shares with the cluster's mentions from the same article. */
function sharedInArticle(c: Cluster, r: Ref): number {
  const own = new Set(c.refs.filter((x) => x.article === r.article).flatMap(entitiesOf));
  return entitiesOf(r).filter((id) => own.has(id)).length;
}

function collectRefs(items: ResolveInput[], resolution: Resolution): Ref[] {
  const refs: Ref[] = [];
  // A story country given by name (no mention of its own): the place of that name, where a role or a people's word made one.
  const placeByName = new Map(resolution.entities.filter((e) => e.type === 'Place').map((e) => [e.name, e.id]));
  items.forEach(({ article, extraction }, a) => {
    for (const finding of extraction.events ?? []) {
      const roles = new Map<string, string>();
      const named: string[] = [];
      const learned: string[] = [];
      for (const p of finding.participants) {
        const e = resolution.entityOf(a, p.mention);
        if (!e) continue;
        if (p.named) { if (!named.includes(e.id)) named.push(e.id); }
        else if (p.learned) { if (!learned.includes(e.id)) learned.push(e.id); }
        else if (!roles.has(e.id)) roles.set(e.id, p.role || 'participant');
      }
      // "Israeli airstrike": the country its people's word names takes the part, where the article made it a place.
      for (const { country, role } of finding.countryParties ?? []) {
        const id = placeByName.get(country);
        if (id && !roles.has(id)) roles.set(id, role);
      }
      const place = finding.place === null ? undefined : resolution.entityOf(a, finding.place);
      // (The patterns' place, where the learned places pass replaced it: what merges reports stays the patterns'.)
      const own = finding.patternPlace === undefined ? place : finding.patternPlace === null ? undefined : resolution.entityOf(a, finding.patternPlace);
      const story = finding.storyPlace === undefined ? undefined : resolution.entityOf(a, finding.storyPlace);
      refs.push({ article: a, articleId: article.id, articleDate: article.date, extraction, finding, roles, named: named.filter((id) => !roles.has(id)),
        learned: learned.filter((id) => !roles.has(id) && !named.includes(id)), place: place?.type === 'Place' ? place.id : null,
        mergePlace: own?.type === 'Place' ? own.id : null,
        date: finding.dateRule ? finding.patternDate?.date ?? null : finding.date, dateText: finding.dateRule ? finding.patternDate?.text ?? null : finding.dateText,
        storyPlace: story?.type === 'Place' ? story.id : finding.storyCountry ? placeByName.get(finding.storyCountry) ?? null : null,
        key: `${article.id}:${String(finding.start).padStart(9, '0')}` });
    }
  });
  return refs;
}

/** Clusters in a fixed order: precise dates first, then by article id and offset, so input order never matters. */
function cluster(refs: Ref[]): Cluster[] {
  const precision = (r: Ref): number => (r.date === null ? 0 : r.date.length);
  // Mentions dated by words of their own come before those dated by the article alone ("X has conceded"), so that an
  // event told with its day is the one the others join.
  const sorted = [...refs].sort((x, y) => precision(y) - precision(x) || Number(soft(x)) - Number(soft(y)) || (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
  const clusters: Cluster[] = [];
  // Candidates by type group, year and party: "attack|2020|person:x".
  const byParty = new Map<string, Set<Cluster>>();
  // Candidates by type group and article ("attack@3"), and by type group and year ("attack|2020").
  const byBlock = new Map<string, Set<Cluster>>();
  const block = (k: string, c: Cluster): void => {
    const set = byBlock.get(k);
    if (set) set.add(c);
    else byBlock.set(k, new Set([c]));
  };
  const index = (c: Cluster, r: Ref): void => {
    if (c.date === null) return;
    for (const id of entitiesOf(r)) {
      const k = `${c.group}|${c.date.slice(0, 4)}|${id}`;
      let set = byParty.get(k);
      if (!set) byParty.set(k, (set = new Set()));
      set.add(c);
    }
  };
  const place = (c: Cluster | null, r: Ref, why: string): void => {
    r.joined = c ? why : 'first-report';
    if (c) addTo(c, r);
    else clusters.push((c = newCluster(r)));
    index(c, r);
    block(`${c.group}@${r.article}`, c);
    if (r.date) block(`${c.group}|${r.date.slice(0, 4)}`, c);
  };
  const partyCandidates = (r: Ref): Set<Cluster> => {
    const out = new Set<Cluster>();
    const year = r.date!.slice(0, 4);
    for (const id of entitiesOf(r)) for (const c of byParty.get(`${groupOf(r.finding.eventType)}|${year}|${id}`) ?? []) out.add(c);
    return out;
  };
  const dated = sorted.filter((r) => r.date !== null);
  // 1. Dated mentions with parties: join the agreeing event they share most parties with.
  for (const r of dated) {
    if (entitiesOf(r).length === 0) continue;
    // "Marin has conceded defeat" in the lead (the article's day), "Marin conceded on Sunday" below: the article's day
    // was a guess, the day the text gives is the event's.
    const told = soft(r) ? toldWithDay(byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? [], r) : null;
    if (told) { place(told, r, 'article-day-joins-event-told-with-its-day'); continue; }
    const shared = best(partyCandidates(r), r, true, 1);
    // "the NATO Summit in The Hague" on the 24th, "the summit" with other parties on the 24th: one article, one day, one event.
    const sameDay = shared || r.date!.length !== 10 ? null : only([...byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? []].filter((c) => c.date === r.date), r, true);
    // "the blast" on Thursday evening and a headline's "bomb explosion" dated by the article's month: the one event of
    // its kind in the article whose date agrees (measured over batches 1-474: event F1 0.635 to 0.638).
    const agreeing = shared || sameDay ? null : only(byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? [], r, true);
    place(shared ?? sameDay ?? agreeing, r, shared ? 'same-date-shares-party' : sameDay ? 'only-event-of-kind-that-day-in-article' : 'only-event-of-kind-and-date-in-article');
  }
  // 2. Dated mentions without parties: the one agreeing event of their article, else of the corpus.
  for (const r of dated) {
    if (entitiesOf(r).length > 0) continue;
    const group = groupOf(r.finding.eventType);
    const inArticle = only(byBlock.get(`${group}@${r.article}`) ?? [], r, true);
    place(inArticle ?? only(byBlock.get(`${group}|${r.date!.slice(0, 4)}`) ?? [], r, true), r, inArticle ? 'only-event-of-kind-and-date-in-article' : 'only-event-of-kind-and-date');
  }
  // 3. Undated mentions: the event they share most parties with in their own article (two, if it is dated), else their own.
  //    Date words that could not be placed ("last week" in an article dated by month) keep them from dated events.
  for (const r of sorted) {
    if (r.date !== null) continue;
    let found: Cluster | null = null;
    let foundShared = 0;
    // The one event of its kind in the article it shares a party with, when there is only one.
    let single: Cluster | null = null;
    let sharing = 0;
    for (const c of byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? []) {
      if ((r.dateText && c.date !== null) || !fits(c, r, false)) continue;
      const shared = sharedInArticle(c, r);
      if (shared >= 1) { sharing++; single = c; }
      // One shared party is not enough to call a dated event by no date: "to withdraw U.S. forces" is not the 2011 withdrawal.
      if (shared < (c.date === null ? 1 : 2)) continue;
      if (shared > foundShared || (shared === foundShared && found && key(c.refs[0]!) < key(found.refs[0]!))) {
        found = c;
        foundShared = shared;
      }
    }
    // "the strike", "this decision": a definite mention with no parties of its own is the event of its kind the
    // article told of last before it (or first, when it comes first).
    let why = 'shares-parties-in-article';
    if (!found && sharing === 1) { found = single; why = 'only-event-of-kind-sharing-a-party-in-article'; }
    // "the court suspended the prime minister … ¶ Her suspension": the one event of the article named by the same word.
    if (!found) {
      const word = triggerWord(r);
      const same = [...byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? []].filter((c) => !(r.dateText && c.date !== null) && fits(c, r, false)
        && c.refs.some((x) => x.article === r.article && triggerWord(x) === word));
      if (word && same.length === 1) { found = same[0]!; why = 'only-event-of-article-named-by-the-same-word'; }
    }
    if (!found && isDefinite(r)) { found = lastInArticle(byBlock.get(`${groupOf(r.finding.eventType)}@${r.article}`) ?? [], r); why = 'definite-mention-of-event-told-before'; }
    place(found, r, why);
  }
  return mergeAlike(clusters);
}

/** Dated by its article's day alone, no date words of its own (src/extract/events: news in a lead, a speaking). */
function soft(r: Ref): boolean {
  return r.date !== null && !r.dateText;
}

/**
 * The one event of the article, told with date words of its own, that holds every party and place of a mention dated
 * by the article's day alone and whose date differs from it by no more than a week. One party shared is not enough:
 * "Erdogan has met Biden in Ankara" is not "Erdogan met Putin in Sochi on Saturday".
 */
function toldWithDay(candidates: Iterable<Cluster>, r: Ref): Cluster | null {
  let found: Cluster | null = null;
  for (const c of candidates) {
    if (c.date === null || c.date.length !== 10 || !c.refs.some((x) => x.article === r.article && x.dateText)) continue;
    if (Math.abs(Date.parse(c.date) - Date.parse(r.date!)) > 7 * 86_400_000) continue;
    // The dates differ by design: the rest of `fits` (type group, no attacker turned target) still holds.
    if (!fits({ ...c, date: null }, r, false) || entitiesOf(r).some((id) => !c.roles.has(id))) continue;
    if (found) return null;
    found = c;
  }
  return found;
}

/** The trigger's last word without its ending ("strikes", "arrested" → "strike", "arrest"), as its sentence prints it. */
function triggerWord(r: Ref): string {
  const s = r.extraction.sentences[r.finding.sentence];
  if (!s || r.finding.start < s.start) return '';
  const words = s.text.slice(r.finding.start - s.start, r.finding.end - s.start).toLowerCase().split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/(?:ed|ing|s)$/, '');
}

const DEFINITE = /(?:^|[\s(“"])(?:the|this|that|these|those|its|their|his|her)\s+(?:[\p{L}’'-]+\s+){0,2}$/iu;

/** "the attack", "this step", "their latest strikes": the mention points back to an event told before. */
function isDefinite(r: Ref): boolean {
  const s = r.extraction.sentences[r.finding.sentence];
  if (!s || r.finding.start < s.start) return false;
  return DEFINITE.test(s.text.slice(Math.max(0, r.finding.start - s.start - 40), r.finding.start - s.start));
}

/** The cluster of the article whose report comes last before `r`, else the one reported first after it. */
function lastInArticle(candidates: Iterable<Cluster>, r: Ref): Cluster | null {
  let before: { c: Cluster; key: string } | null = null;
  let after: { c: Cluster; key: string } | null = null;
  for (const c of candidates) {
    if (c.refs.includes(r) || !fits(c, r, false)) continue;
    for (const x of c.refs) {
      if (x.article !== r.article) continue;
      if (x.key < r.key && (!before || x.key > before.key)) before = { c, key: x.key };
      if (x.key > r.key && (!after || x.key < after.key)) after = { c, key: x.key };
    }
  }
  return before?.c ?? after?.c ?? null;
}

/** Events of one type group, date and set of participants in their roles are one node, whatever else told them apart
 * (Norway's attack on Chile and Chile's on Norway in one month stay two). */
function mergeAlike(clusters: Cluster[]): Cluster[] {
  const byKey = new Map<string, Cluster>();
  const out: Cluster[] = [];
  for (const c of clusters) {
    const parties = [...new Set(c.refs.flatMap((r) => [...r.roles].map(([id, role]) => `${id}=${role}`)))].sort().join(' ');
    const places = [...new Set(c.refs.flatMap((r) => (r.mergePlace ? [r.mergePlace] : [])))].sort().join(' ');
    // Never on type alone: two attacks with no named party are two attacks.
    if (!parties) { out.push(c); continue; }
    const k = `${c.group}|${c.date ?? ''}|${parties}|${places}`;
    const seen = byKey.get(k);
    if (!seen) { byKey.set(k, c); out.push(c); continue; }
    for (const r of c.refs) {
      if (r.joined === 'first-report') r.joined = 'same-type-date-and-parties';
      addTo(seen, r);
    }
  }
  return out;
}

function evidence(r: Ref): Evidence {
  const s = r.extraction.sentences[r.finding.sentence] ?? { text: r.extraction.sentences[0]?.text ?? '-', start: 0, end: 0 };
  return { articleId: r.articleId, sentence: s.text || '-', start: s.start, end: s.end, rule: r.finding.rule };
}

/** The words that name the event in this report, as printed. */
function mentionOf(r: Ref): string {
  const s = r.extraction.sentences[r.finding.sentence];
  const words = s && r.finding.start >= s.start && r.finding.end <= s.end ? s.text.slice(r.finding.start - s.start, r.finding.end - s.start).trim() : '';
  return words || r.finding.name || r.finding.eventType;
}

function count<T>(items: T[]): Map<T, number> {
  const m = new Map<T, number>();
  for (const item of items) m.set(item, (m.get(item) ?? 0) + 1);
  return m;
}

/** The most frequent type; a tie goes to the more specific (strike before attack, talks before meeting). */
function typeOf(c: Cluster): EventType {
  const counts = count(c.refs.map((r) => r.finding.eventType));
  const specific = ['strike', 'talks', 'withdrawal'];
  return [...counts].sort((a, b) => b[1] - a[1] || specific.indexOf(b[0]) - specific.indexOf(a[0]) || (a[0] < b[0] ? -1 : 1))[0]![0];
}

const MODALITY_ORDER = ['occurred', 'planned', 'hypothetical', 'negated'];

/** What most reports tell; a tie goes to the likelier (occurred, then planned, hypothetical, negated). */
function modalityOf(c: Cluster): NonNullable<EventNode['modality']> {
  const counts = count(c.refs.map((r) => r.finding.modality));
  return [...counts].sort((a, b) => b[1] - a[1] || MODALITY_ORDER.indexOf(a[0]) - MODALITY_ORDER.indexOf(b[0]))[0]![0];
}

/** The fullest name ("2003 invasion of Iraq" over "2003 invasion"); the others become aliases. */
/** Roles of a party that acts (before the trigger): it opens a generic name. */
const AGENT_ROLES = new Set(['attacker', 'visitor', 'announcer', 'host', 'participant']);

/**
 * A name an analyst can read on a timeline: a name that opens with the trigger word ("attack", "interview in Varna")
 * takes the party that acts, the target and the place it lacks ("Iran attack on Ain al-Asad Air Base", "Ivo Stan
 * interview in Varna").
 */
function readableName(c: Cluster, name: string, eventType: EventType, entityName: (id: string) => string | undefined): string {
  // A name that opens with a capital or a year already says who or when ("Iranian attack", "2003 invasion of Iraq").
  if (!/^\p{Ll}/u.test(name)) return name;
  const roles = new Map<string, string>();
  for (const r of c.refs) for (const [id, role] of r.roles) if (!roles.has(id)) roles.set(id, role);
  const agent = [...roles].find(([, role]) => AGENT_ROLES.has(role))?.[0];
  const target = [...roles].find(([, role]) => role === 'target')?.[0];
  const place = count(c.refs.flatMap((r) => (r.place ? [r.place] : []))).entries().next().value?.[0];
  const by = agent ? entityName(agent) : undefined;
  const on = target && target !== agent ? entityName(target) : undefined;
  const at = place && place !== target && place !== agent ? entityName(place) : undefined;
  const has = (part: string | undefined): boolean => !!part && name.includes(part);
  // The name's own target or place, in any spelling ("attack on al-Asad air base"), is not named twice.
  // "assassination of X", "attack on X".
  const joiner = groupOf(eventType) === 'attack' && (eventType === 'killing' || /assassination|killing/u.test(name)) ? 'of' : 'on';
  const words = [has(by) ? '' : by, name, on && !has(on) && !/\s(?:on|against|of)\s/u.test(name) ? `${joiner} ${on}` : '', at && !has(at) && !/\s(?:in|at|near|to|on)\s/u.test(name) ? `in ${at}` : ''];
  return words.filter(Boolean).join(' ');
}

function namesOf(c: Cluster): { name: string; aliases: string[] } {
  const counts = count(c.refs.map((r) => r.finding.name || r.finding.eventType));
  const words = (s: string): number => s.split(/\s+/).length;
  const ranked = [...counts].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([n]) => n);
  const name = ranked[0]!;
  return { name, aliases: ranked.slice(1).filter((n) => n.toLowerCase() !== name.toLowerCase()).sort() };
}

/** The party named in most of its mentions, ties by id: `event:invasion:2003-03:iraq`. */
function idOf(c: Cluster, type: EventType, name: string): string {
  const seen = count(c.refs.flatMap((r) => entitiesOf(r)));
  const top = [...seen].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
  const what = top ? top.slice(top.indexOf(':') + 1) : slugify(name);
  return makeId('event', type, c.date ?? 'undated', what);
}

/**
 * The date the learned dates pass gives the cluster, if it shows: the most precise of its reports' learned dates (the
 * first report's on a tie), where it makes the merge date more precise, or where no report the pass left alone tells
 * a date in words that it contradicts.
 */
function shownDate(c: Cluster): { date: string; text: string | null } | null {
  let best: { date: string; text: string | null } | null = null;
  for (const r of [...c.refs].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0))) {
    if (r.finding.dateRule && r.finding.date && (best === null || r.finding.date.length > best.date.length)) best = { date: r.finding.date, text: r.finding.dateText };
  }
  if (best === null || c.date === null) return best;
  if (datesAgree(best.date, c.date)) return best.date.length > c.date.length ? best : null;
  const chosen = best.date;
  return c.refs.some((r) => !r.finding.dateRule && r.dateText && r.date && !datesAgree(r.date, chosen)) ? null : best;
}

/** One node per event; MENTIONS per article, PARTICIPATED_IN and OCCURRED_IN per mention with that mention's evidence. */
export function resolveEvents(items: ResolveInput[], resolution: Resolution): EventRecords {
  const names = new Map(resolution.entities.map((e) => [e.id, e.name]));
  const entityName = (id: string): string | undefined => names.get(id);
  const clusters = cluster(collectRefs(items, resolution));
  const first = new Map(clusters.map((c) => [c, c.refs.reduce((k, r) => (r.key < k ? r.key : k), c.refs[0]!.key)]));
  clusters.sort((a, b) => (first.get(a)! < first.get(b)! ? -1 : 1));
  const nodes = new Map<string, EventNode>();
  const rels = new Map<string, Relationship>();
  const add = (rel: Relationship): void => { if (!rels.has(rel.id)) rels.set(rel.id, rel); };
  for (const c of clusters) {
    // An event no report dates, told as news in a lead, happened when that article reports it; told in a sentence
    // with no time of its own, when its article last said.
    let contextual = false;
    if (c.date === null) {
      const lead = c.refs.find((r) => r.finding.lead && r.finding.modality === 'occurred' && !r.dateText && r.articleDate);
      const told = c.refs.find((r) => r.finding.contextDate);
      if (lead) c.date = lead.articleDate;
      else if (told) { c.date = told.finding.contextDate!; contextual = true; }
    }
    // (A date the learned dates pass chose shows; the node's id keeps the patterns' date, so that it is the same with
    // the pass on and off.)
    const shown = shownDate(c);
    const eventType = typeOf(c);
    const named = namesOf(c);
    const name = readableName(c, named.name, eventType, entityName);
    const aliases = name === named.name ? named.aliases : [...new Set([named.name, ...named.aliases])].filter((n) => n !== name).sort();
    const base = idOf(c, eventType, name);
    let id = base;
    for (let n = 2; nodes.has(id); n++) id = `${base}:${n}`;
    const dated = c.refs.find((r) => r.date === c.date && r.dateText) ?? c.refs.find((r) => r.dateText);
    const date = shown ? shown.date : c.date;
    const basis = shown ? 'model' : contextual ? 'context' : c.refs.some((r) => r.date === c.date && r.dateText) ? 'text' : 'article';
    nodes.set(id, {
      id, type: 'Event', name, eventType, date, dateText: shown ? shown.text : dated?.dateText ?? null,
      ...(date === null ? {} : { dateBasis: basis }), ...(aliases.length ? { aliases } : {}),
      ...dateRange(date), modality: modalityOf(c), reports: c.articles.size,
    });
    for (const [article, n] of count(c.refs.map((r) => r.articleId))) {
      add({ id: makeEdgeId('MENTIONS', article, id), type: 'MENTIONS', source: article, target: id, count: n });
    }
    const placed = c.refs.some((r) => r.place);
    for (const r of c.refs) {
      const ev = evidence(r);
      const at = { articleId: r.articleId, start: r.finding.start };
      add({ id: makeEdgeId('REPORTED_IN', id, r.articleId, at), type: 'REPORTED_IN', source: id, target: r.articleId, ...ev, rule: `${ev.rule}; resolve/${r.joined ?? 'first-report'}`, mention: mentionOf(r) });
      for (const [entity, role] of r.roles) {
        add({ id: makeEdgeId('PARTICIPATED_IN', entity, id, at), type: 'PARTICIPATED_IN', source: entity, target: id, role, ...ev });
      }
      for (const entity of r.named) {
        if (entity === r.place) continue;
        add({ id: makeEdgeId('PARTICIPATED_IN', entity, id, at), type: 'PARTICIPATED_IN', source: entity, target: id, role: 'named', ...ev, rule: `${ev.rule}; events/named-in-sentence` });
      }
      for (const entity of r.learned) {
        // The event's place is where it happened, not a party to it.
        if (entity === r.place) continue;
        add({ id: makeEdgeId('PARTICIPATED_IN', entity, id, at), type: 'PARTICIPATED_IN', source: entity, target: id, role: 'participant', ...ev, rule: `${ev.rule}; event-participants-learned/model` });
      }
      if (r.place) add({ id: makeEdgeId('OCCURRED_IN', id, r.place, at), type: 'OCCURRED_IN', source: id, target: r.place, ...ev, ...(r.finding.placeRule ? { rule: `${ev.rule}; ${r.finding.placeRule}` } : {}) });
      // No report names a place: the country its story is about, said to be inferred in the rule.
      else if (r.storyPlace && !placed) add({ id: makeEdgeId('OCCURRED_IN', id, r.storyPlace, at), type: 'OCCURRED_IN', source: id, target: r.storyPlace, ...ev, rule: `${ev.rule}; resolve/place-of-story-country` });
    }
  }
  return { nodes: [...nodes.values()], relationships: [...rels.values()] };
}
