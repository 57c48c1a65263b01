// Pass 20: page furniture. Bylines, "Write to" and "contributed to this report" lines give the article's authors
// (on the article, and as people with an author role at the publication); photo and wire credits and copyright
// lines name no actor and are skipped; datelines give places, source lines the publisher; headlines are marked so later passes only trust lexicons there.
import { lexicons } from './lexicon.js';
import { addMention, tokenRange, type ExtractState } from './state.js';
import type { Mention } from './types.js';
import { UPPER_START } from './chars.js';

const WORD_INITIAL = /(^|[\s-])(\p{L})/gu;
/** A month or a weekday in capitals ("NOVEMBER"), which no dateline's agency is. */
const CALENDAR_UPPER = /^(?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)$/;
const LONG_WORD = /^[\p{L}]{4,}/u;
const CAPTION = /\((?:([\p{Lu}][\p{L}.&-]*(?: [\p{Lu}][\p{L}.&-]*)*) Photo\/([^)]+)|([^()]+?) for ((?:The )?[\p{Lu}][^()]+))\)$/u;
/** "(API via AP)", "(PHOTO EPA)": a credit in parentheses, a source "via" an agency or the word photo and its source. */
const VIA_CREDIT = /\((?:PHOTO|Photo|photo)\s+([^()]+)\)\.?$|\(([^()]+?)\s+via\s+([^()]+)\)\.?$/u;
/** "… Oct. 22, 2019. DOD photo by SSgt. Nicole Mejia.": a body's photo credit closing a caption. */
const PHOTO_BY = /(?:^|[.!?]\s+)((?:[\p{Lu}][\p{L}.&-]*\s+){1,4}(?:photo|Photo|image|Image)\s+by\s+[^.!?]*(?:\.[^.!?]*)*)$/u;
// "SEOUL, Sept. 18 (Yonhap) --": Yonhap's double hyphen is a dash too.
// "DUBAI (Reuters) -Yemen’s": a dash right before the first word counts too.
// "MOSCOW, June 2. /TASS/. Warsaw Mayor …": TASS's agency between slashes ends the dateline too.
// "YEREVAN, MAY 7, ARMENPRESS. The …": Armenpress ends it with its own name in capitals and a full stop.
// "AMSTERDAM (REUTERS, AGENCE FRANCE-PRESSE) - …": two agencies in the parentheses.
// "SANA'A, 30 Aug 2009 - …", "TOKYO, June 2, 2010 -- …": a date with its year, the day before or after the month.
const DATELINE = /^([\p{Lu}][\p{Lu} .'\/-]{2,}?)(?:,\s*(?:\d{1,2}\s+)?[\p{L}. ]+?(?:\s+\d{1,2})?(?:,?\s+\d{4})?)?(?:\s+\([\p{L}\d .]+(?:,\s*[\p{L}\d .-]+)?\))?(?:\s+(?:--|\/\/|[—–-])(?:\s|(?=[\p{Lu}“"]))|\.\s*\/[\p{Lu}][\p{L}\p{N}-]*\/\.?\s|,\s+\p{Lu}{3,}\.\s)/u;
/** "(MENAFN) On Friday, …": an outlet's tag in parentheses opening the first paragraph, with no city. */
const OUTLET_TAG = /^\(([\p{Lu}][\p{L}&.' -]{1,40}?)\)\s*(?:[—–-]+\s*)?(?=[\p{Lu}“"])/u;
/** "KIGALI, Rwanda": a city in capitals and its country, alone on a line. */
const DATELINE_LINE = /^([\p{Lu}][\p{Lu} .'-]{2,}?),\s*([\p{Lu}][\p{L}]+(?: [\p{Lu}][\p{L}]+){0,2})$/u;
/** "PARIS" or "AFP, KHARTOUM" alone on a line of the header: a known city in capitals, maybe after its agency. */
const DATELINE_BARE = /^(?:[\p{Lu}][\p{L}]+,\s*)?([\p{Lu}][\p{Lu} .'-]{2,})$/u;
/** "BUCHAREST, Romania—Romania’s government …", "TOKYO— Japan’s parliament …": a long dash right after the place; known cities only. */
const DATELINE_TIGHT = /^([\p{Lu}][\p{Lu} .'-]{2,}?)(?:,\s*[\p{L}. ]+?)?[—–]\s?(?=[\p{Lu}“"])/u;
/** "BOGOTA Oct 2 Colombians narrowly …", "KATHMANDU, July 26: …": a wire dateline whose "(Reuters) -" the copy dropped; known cities only. */
const DATELINE_DAY = /^([\p{Lu}][\p{Lu} .'-]{2,}?),? (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)\.? \d{1,2}[,:]? (?=[\p{Lu}“"])/u;
/** "SANTO DOMINGO. President …": a city in capitals ended by a full stop; known cities only. */
const DATELINE_STOP = /^([\p{Lu}][\p{Lu} '-]{2,}?)\.\s+(?=[\p{Lu}“"])/u;
/** "RAWALPINDI / NEW DELHI: …", "BEIRUT, WASHINGTON: …": a dateline ended by a colon (South Asian and Gulf papers); trusted only for known places. */
const DATELINE_COLON = /^([\p{Lu}][\p{Lu} .'\/,-]{2,}?):\s/u;
/**
 * "Taipei: Hundreds of demonstrators …", "Dar es Salaam: …": a city in title case ended by a colon (Australian and Indian
 * papers); known cities only, on one of the story's first lines, and not where several lines open so (a transcript's
 * speakers, a team sheet).
 */
const DATELINE_TITLE_COLON = /^(\p{Lu}[\p{Ll}'’.-]*(?:[ -](?:de|es|al|el|la|du|of|au|\p{Lu}[\p{Ll}'’.-]*)){0,3}):\s(?=[\p{Lu}“"])/u;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
/**
 * "(BAGHDAD) — Iraq’s Parliament called …": TIME's copy of AP puts the dateline in parentheses; "October 15, 2012
 * (KHARTOUM/NAIROBI) – …" (Sudan Tribune) after the date, one city per slash.
 */
const DATELINE_PARENS = new RegExp(String.raw`^(?:${MONTH} \d{1,2}, \d{4} )?\(([\p{Lu}][\p{Lu} .'\/-]{2,}?)\)\s+(?:--|[—–-])\s`, 'u');
/** "DAMASCUS • A Syrian …", "BEIJING/TAIPEI • …" (The Straits Times): a bullet after the city; known places only. */
const DATELINE_BULLET = /^([\p{Lu}][\p{Lu} .'\/-]{2,}?)\s+•\s/u;
/**
 * "MOSCOW (UrduPoint News / Sputnik - 01st October 2020) - …": an agency's note of its own in parentheses; known cities
 * only. "CAIRO (UrduPoint News / Sputnik - 08th September, 2021) Fighting …": the dash may be left out.
 */
const DATELINE_NOTE = /^([\p{Lu}][\p{Lu} .'-]{2,}?)\s+\([^()\n]{2,80}\)\s+(?:(?:--|[—–-])\s|(?=[\p{Lu}“"]))/u;
/** "REPUBLIKA.CO.ID, RAMALLAH -- …", "TEMPO.CO, Jakarta - …": the outlet's domain, then the city. */
const DATELINE_DOMAIN = /^([\p{Lu}\d-]{2,}(?:\.[\p{Lu}]{2,4}){1,3}),\s+(\p{Lu}[\p{L} .'-]{2,}?)\s+(?:--|[—–-])\s/u;
const DATELINE_AGENCY = /\(([\p{L}\d .]+)\)\s+(?:--|[—–-])(?:\s|(?=[\p{Lu}“"]))/u;

const NAME = String.raw`(?:[\p{Lu}][\p{L}'’.-]*|(?:al|el|bin|ibn|de|van|von)-?[\p{L}'’-]*)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|(?:al|el|bin|ibn|abu|de|da|do|dos|das|di|du|del|der|den|van|von)(?:-[\p{L}'’-]+)?)){1,3}`;

// "By X (New York, United Nations, correspondent)": Le Monde's desk note after the name.
const BYLINE = new RegExp(`^By\\s+(${NAME}(?:(?:,|\\s+and)\\s+${NAME})*)(?:\\s+in\\s+[\\p{Lu}][\\p{L} .'-]*)?(?:\\s+\\([^()]+\\))?[,.]?$`, 'u');
/** "Olena Marchenko in Kyiv": one part of a byline line naming each author's city. */
const PLACED_AUTHOR = new RegExp(`^(${NAME})\\s+in\\s+((?:The\\s+)?[\\p{Lu}][\\p{L}'’.-]*(?:\\s+[\\p{Lu}][\\p{L}'’.-]*){0,2})$`, 'u');
/** A name alone on a line of the header, above a line with the date: "Juan Pérez Gil" / "Bogotá - Jan 18, 2025". */
const BARE_BYLINE = new RegExp(`^${NAME}$`, 'u');
const DATED = new RegExp(`^((?:The\\s+)?[\\p{Lu}][\\p{L}&.' -]+?),\\s+${MONTH}\\s+\\d{1,2},\\s+\\d{4}$`, 'u');
/** A credit at the end of a line: names joined by slashes, maybe "via" an agency, maybe in parentheses. */
const CREDIT_WORD = String.raw`(?:(?:[\p{Lu}]\.)+|[\p{Lu}][\p{L}'’&-]*)`;
// "… on August 29, 2022 [Hussein Faleh/AFP]": in square brackets too.
const SLASH_CREDIT = new RegExp(String.raw`(?:^|\s|[(\[])((?:${CREDIT_WORD}(?: ${CREDIT_WORD})*\s?\/\s?)+${CREDIT_WORD}(?: ${CREDIT_WORD})*(?:\s+via\s+${CREDIT_WORD}(?: ${CREDIT_WORD})*)?)[)\]]?\.?$`, 'u');
const WIRE = new RegExp(`^(${NAME})\\s+(\\S.*)$`, 'u');
let creditRe: RegExp | null = null;
/** The page-furniture line starts of the word list as one anchored pattern. */
let skipLineRe: RegExp | null = null;

interface Line { start: number; end: number; text: string }

function lines(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
  }
  return out;
}

/** A parenthesized dateline of known cities, matched as the plain one is (each city at its own offset). */
function parenthesized(t: string): RegExpExecArray | null {
  const m = DATELINE_PARENS.exec(t);
  return m && m[1]!.split('/').every((city) => lexicons().placesUpper.has(city.trim())) ? m : null;
}

function skip(state: ExtractState, start: number, end: number): void {
  const [from, to] = tokenRange(state, start, end);
  for (let i = from; i < to; i++) state.skipped[i] = true;
}

function mentionAt(state: ExtractState, type: 'Person' | 'Organization' | 'Place', start: number, end: number, rule: string, extras: { key?: string; canonical?: string } = {}): Mention | null {
  const [from, to] = tokenRange(state, start, end);
  if (to <= from) return null;
  return addMention(state, type, from, to, rule, { ...extras, allowSkipped: true });
}

function orgFromLexicon(name: string): { key?: string; canonical?: string } {
  const entry = lexicons().orgs.get(name.replace(/^the\s+/i, '').replace(/,?\s*Inc\.?$/, '')) ?? lexicons().orgs.get(name);
  return entry ? { key: `org:${entry.name}`, canonical: entry.name } : {};
}

/** A dateline's city at `start`: the known place it names, or a place of its own name in title case. */
function datelinePlace(state: ExtractState, start: number, name: string): void {
  const entry = lexicons().placesUpper.get(name.toUpperCase());
  mentionAt(state, 'Place', start, start + name.length, '20-boilerplate/dateline', entry ? { key: `place:${entry.name}`, canonical: entry.name } : { canonical: titleCase(name) });
}

/** An author from a byline: a Person mention (linked to the publication by an author role) and a name for the article. */
function addAuthor(state: ExtractState, start: number, end: number, rule: string): void {
  const mention = mentionAt(state, 'Person', start, end, rule);
  if (mention) state.authors.push(mention);
}

/** Names in a list: "X at x@y.com, Y at … and Z at …" or "X in Baghdad and Y in Washington". */
function listedNames(state: ExtractState, line: Line, body: string, offset: number, rule: string, tail: RegExp, authors: boolean): void {
  const re = new RegExp(`(${NAME})${tail.source}`, 'gu');
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const name = m[1]!.replace(/^and\s+/, '');
    const start = line.start + offset + m.index + (m[1]!.length - name.length);
    if (authors) addAuthor(state, start, start + name.length, rule);
    else skip(state, start, start + name.length);
  }
}

/** A line that is only "X in <known place>" parts joined by commas or "and": each X an author. */
function placedAuthors(state: ExtractState, line: Line): boolean {
  const places = lexicons().places;
  const parts: { name: string; at: number }[] = [];
  const re = /,\s+and\s+|\s+and\s+|,\s+/g;
  let from = 0;
  for (let m = re.exec(line.text); ; m = re.exec(line.text)) {
    const part = line.text.slice(from, m ? m.index : line.text.length);
    const placed = PLACED_AUTHOR.exec(part);
    if (!placed || !(places.has(placed[2]!) || places.has(placed[2]!.replace(/^The\s+/, '')))) return false;
    parts.push({ name: placed[1]!, at: from });
    if (!m) break;
    from = m.index + m[0].length;
  }
  for (const { name, at } of parts) addAuthor(state, line.start + at, line.start + at + name.length, '20-boilerplate/byline');
  return true;
}

/** A known news agency that ends a byline: "By X and Y Associated Press". */
function trailingAgency(body: string): string | null {
  let best: string | null = null;
  for (const form of lexicons().orgs.keys()) {
    if (form.length > (best?.length ?? 0) && body.endsWith(` ${form}`) && UPPER_START.test(form)) best = form;
  }
  return best;
}

/** Each `… by A in X, B and C` part of a wire credit line names people. */
function readWireCredits(state: ExtractState, line: Line): void {
  const re = /(?:^|[;(]\s*)(?:[Aa]dditional\s+)?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Ww]ritten)\s+by\s+([^;)]+)/gu;
  for (let m = re.exec(line.text); m; m = re.exec(line.text)) {
    const offset = m.index + m[0].length - m[1]!.length;
    listedNames(state, line, m[1]!, offset, '20-boilerplate/wire-credits', /(?=\s+in\s|,|\s+and\s|\s*$)/, /^(?:[Aa]dditional\s+)?[Rr]eporting|^[Ww]rit/.test(m[0].replace(/^[;(]\s*/, '')));
  }
}

export function readBoilerplate(state: ExtractState): void {
  const lex = lexicons();
  const all = lines(state.text);
  // "Florence: I think …" / "Sydney: No." — lines that open with a word and a colon, more than once, are labels.
  const labelledLines = all.filter((line) => /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)?:\s/u.test(line.text)).length >= 2;
  all.forEach((line, index) => {
    const t = line.text;
    // "Copyright ©2024 Dow Jones & Company, Inc. All Rights Reserved.": names no actor.
    // Not "Copyright Office director X was fired": a year or the rights formula makes the line a copyright notice.
    if (/^(?:copyright\s*(?:©|\(c\))?\s*\d{4}|©)/i.test(t) || (/^copyright\b/i.test(t) && /all rights reserved/i.test(t))) {
      skip(state, line.start, line.end);
      return;
    }
    skipLineRe ??= new RegExp(`^(?:${lex.skipLines.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);
    if (skipLineRe.test(t) || lex.skipContains.some((p) => t.includes(p)) || (t.includes('://') && /https?:\/\//.test(t))) {
      skip(state, line.start, line.end);
      return;
    }
    // "By Ana Ruiz," on its own line; "By X and Y Associated Press"; "By X | April 15, 2025".
    if (/^By\s/.test(t)) {
      const body = t.replace(/\s+\|.*$/, '');
      const agency = trailingAgency(body);
      const byline = BYLINE.exec(agency ? body.slice(0, body.length - agency.length).trimEnd() : body);
      if (byline) {
        listedNames(state, line, byline[1]!, 3, '20-boilerplate/byline', /(?=,|\s+and\s|$)/, true);
        if (agency) {
          const start = line.start + body.length - agency.length;
          const org = mentionAt(state, 'Organization', start, start + agency.length, '20-boilerplate/byline-agency', orgFromLexicon(agency));
          state.publication ??= org;
        }
        return;
      }
    }
    // "Juan Pérez Gil" alone under the headline, the next line dated: an author without "By".
    if (index > 0 && index <= 4 && t.length < 60 && BARE_BYLINE.test(t) && /\b(?:19|20)\d\d\b/.test(all[index + 1]?.text ?? '') && (all[index + 1]?.text.length ?? 99) < 80) {
      addAuthor(state, line.start, line.end, '20-boilerplate/byline');
      skip(state, line.start, line.end);
      return;
    }
    // "Olena Marchenko in Kyiv and Tom Hale in Istanbul" under the headline: authors with known cities.
    if (index > 0 && index <= 4 && t.length < 120 && placedAuthors(state, line)) return;
    // "Tariq Khan | Amit Rao" under the headline: authors separated by a bar.
    const barred = index > 0 && index <= 4 && t.includes(' | ') ? t.split(' | ') : [];
    if (barred.length >= 2 && barred.every((part) => part.length < 60 && BARE_BYLINE.test(part.trim()))) {
      let offset = 0;
      for (const part of barred) {
        const name = part.trim();
        const start = line.start + offset + part.indexOf(name);
        addAuthor(state, start, start + name.length, '20-boilerplate/byline');
        offset += part.length + 3;
      }
      skip(state, line.start, line.end);
      return;
    }
    // "(Reporting by X in Aden and Y in Dubai; Writing by Z; Editing by W)": a wire service's credits.
    const wireCredits = t.includes('eporting by') ? /^\(?((?:[Aa]dditional\s+)?[Rr]eporting by\s.+?)\)?\.?$/u.exec(t) : null;
    if (wireCredits) {
      readWireCredits(state, line);
      skip(state, line.start, line.end);
      return;
    }
    // "Write to Ana R. Ruiz at ana.ruiz@example.com, Ivo Horvat at …": the writers to contact are the authors.
    if (/^Write to\s/.test(t)) {
      listedNames(state, line, t.slice(9), 9, '20-boilerplate/write-to', /\s+at\s+\S+@/, true);
      skip(state, line.start, line.end);
      return;
    }
    // "Ana Ruiz in Lisbon and Ivo Horvat in Madrid contributed to this report."
    const contributed = t.includes('contributed to this report') ? /^(.+?)\s+contributed to this report/u.exec(t) : null;
    if (contributed) {
      listedNames(state, line, contributed[1]!, 0, '20-boilerplate/contributor', /(?=\s+in\s|,|\s+and\s|$)/, true);
      return;
    }
    // "Source: WP" or "The Wall Street Journal, Jan. 17, 2024": the publication.
    const source = /^(?:Source|Via):\s*(.+?)\.?$/u.exec(t);
    const dated = t.length < 80 ? DATED.exec(t) : null;
    const publisher = source?.[1] ?? dated?.[1];
    if (publisher && publisher.split(/\s+/).length <= 6) {
      const start = line.start + t.indexOf(publisher);
      state.publication = mentionAt(state, 'Organization', start, start + publisher.length, '20-boilerplate/publication', orgFromLexicon(publisher));
      skip(state, line.start, line.end);
      return;
    }
    // "… in Baghdad in October. Photo: Ameer Al-Mohammedawi/Zuma Press" and "Photo: U.S. Army".
    creditRe ??= new RegExp(`(?:^|\\s)(?:${[...lex.creditWords].join('|')}):\\s*([^/\\n]+?)(?:\\s*/\\s*([^\\n]+?))?\\s*$`, 'u');
    const credit = t.includes(':') ? creditRe.exec(t) : null;
    if (credit) {
      skip(state, line.start + credit.index, line.end);
      return;
    }
    // "(AP Photo/Hassan Ammar)" and "(Tom Brenner for The Washington Post)" at the end of a caption.
    const caption = t.endsWith(')') ? CAPTION.exec(t) : null;
    if (caption && (caption[1] || orgFromLexicon(caption[4]!).key)) skip(state, line.start + caption.index, line.end);
    const via = t.endsWith(')') || t.endsWith(').') ? VIA_CREDIT.exec(t) : null;
    if (via && (via[1] || lex.photoAgencies.has(via[3]!.trim()))) skip(state, line.start + via.index, line.end);
    const photoBy = /\b(?:photo|Photo|image|Image) by\b/.test(t) ? PHOTO_BY.exec(t) : null;
    if (photoBy) skip(state, line.start + photoBy.index + photoBy[0].indexOf(photoBy[1]!), line.end);
    // "ROBYN HAAKE/US ARMY/AFP via Getty Images", "(AFP/Getty)": slash-joined credits naming a photo agency.
    const slashed = t.includes('/') ? SLASH_CREDIT.exec(t) : null;
    if (slashed && slashed[1]!.split(/\/|\s+via\s+/).some((part) => lex.photoAgencies.has(part.trim()))) skip(state, line.start + slashed.index, line.end);
    // "… in the North Arabian Sea. (Reuters)": an agency alone in parentheses after a caption's sentence.
    const agencyCredit = t.endsWith(')') ? /[.!?]\s+\(([^()]+)\)$/.exec(t) : null;
    if (agencyCredit && lex.photoAgencies.has(agencyCredit[1]!)) skip(state, line.start + agencyCredit.index + 1, line.end);
    // "Khalid Al-Mousily Reuters": a photographer's name and a known agency alone on a line.
    const wire = t.length < 80 ? WIRE.exec(t) : null;
    if (wire && lex.orgs.has(wire[2]!) && !/[.!?]$/.test(t)) {
      skip(state, line.start, line.end);
      return;
    }
    // "BAGHDAD — The United States …" and "WASHINGTON - At the end …": a dateline.
    // "DUBAI/ADEN, Jan 12 (Reuters) - …" and "BEIRUT (AP) — …": wire datelines, one place per city.
    const colon = DATELINE.test(t) ? null : DATELINE_COLON.exec(t);
    // "KIGALI, Rwanda" alone on a line above the story: a known city in capitals and the place it is in.
    const alone = DATELINE_LINE.exec(t);
    const lineDateline = alone && lex.placesUpper.has(alone[1]!) && lex.places.has(alone[2]!) ? alone : null;
    const bare = index <= 8 && t.length < 40 ? DATELINE_BARE.exec(t) : null;
    const day = DATELINE_DAY.exec(t);
    // A dateline trusted only for known places: each of its cities ("BEIJING/TAIPEI", "BEIRUT, WASHINGTON") is one.
    const known = (m: RegExpExecArray | null) => (m && m[1]!.split(/[\/,]/).every((part) => lex.placesUpper.has(part.trim())) ? m : null);
    // "BANNU: Pakistani military helicopters …": a colon's dateline of one word may name a town of the gazetteer.
    const knownTown = (m: RegExpExecArray | null) => (m && /^\p{Lu}{4,}$/u.test(m[1]!) && !lex.notDatelines.has(m[1]!) && lex.isTown(m[1]!) ? m : null);
    // "Taipei: …" is a city's dateline; "Philippines: Chinese vessels …" is a headline's topic.
    const titleColon = index <= 4 && !labelledLines ? DATELINE_TITLE_COLON.exec(t) : null;
    const cityColon = titleColon && lex.placesUpper.get(titleColon[1]!.toUpperCase())?.kind === 'city' ? titleColon : null;
    const domain = DATELINE_DOMAIN.exec(t);
    if (domain) {
      // The outlet is named by its domain's first label ("Republika"); the city after it is the dateline's.
      const label = domain[1]!.split('.')[0]!;
      mentionAt(state, 'Organization', line.start, line.start + domain[1]!.length, '20-boilerplate/dateline-outlet', { canonical: titleCase(label), ...orgFromLexicon(titleCase(label)) });
      const city = domain[2]!;
      datelinePlace(state, line.start + domain[0].indexOf(city, domain[1]!.length), city);
    }
    const found = domain ? null : known(colon) ?? knownTown(colon) ?? known(DATELINE_BULLET.exec(t)) ?? DATELINE.exec(t) ?? parenthesized(t) ?? lineDateline ?? known(bare) ?? known(day) ?? known(DATELINE_STOP.exec(t)) ?? known(DATELINE_TIGHT.exec(t)) ?? known(DATELINE_NOTE.exec(t)) ?? cityColon;
    const furniture = !!found && lex.notDatelines.has(found[1]!.trim());
    // "FILE - In this … file photo": the caption's marker is furniture; the caption itself is read.
    if (furniture) skip(state, line.start + t.indexOf(found[1]!), line.start + t.indexOf(found[1]!) + found[1]!.length);
    const dateline = furniture ? null : found;
    if (dateline) {
      let offset = t.indexOf(dateline[1]!); // 1 for "(BAGHDAD) —"
      for (const part of dateline[1]!.split(/[\/,]/)) {
        const name = part.trim();
        if (name.length > 2) datelinePlace(state, line.start + offset + part.indexOf(name), name);
        offset += part.length + 1;
      }
      // "YEREVAN, NOVEMBER 14, ARMENPRESS.": the agency that ends the dateline in capitals.
      const capsAgency = /,\s+(\p{Lu}{3,})\.\s$/u.exec(dateline[0]);
      if (capsAgency && !lex.placesUpper.has(capsAgency[1]!) && !CALENDAR_UPPER.test(capsAgency[1]!)) {
        const start = line.start + dateline[0].length - capsAgency[1]!.length - 2;
        mentionAt(state, 'Organization', start, start + capsAgency[1]!.length, '20-boilerplate/dateline-agency', { canonical: titleCase(capsAgency[1]!) });
      }
      // "(Reuters)", "(AP)": the agency of the dateline.
      const agency = DATELINE_AGENCY.exec(t.slice(0, dateline[0].length));
      // "ERBIL (Kurdistan 24) –": whatever the lexicon knows, the name in parentheses before the dash is the outlet's.
      const name = agency?.[1]!.trim();
      if (agency && name && /^\p{Lu}/u.test(name) && !lex.places.has(name) && !lex.countryOf.has(name) && !lex.placesUpper.has(name)) {
        const start = line.start + agency.index + 1;
        mentionAt(state, 'Organization', start, start + agency[1]!.length, '20-boilerplate/dateline-agency', orgFromLexicon(agency[1]!));
      }
    }
    const outlet = !dateline && index <= 6 ? OUTLET_TAG.exec(t) : null;
    if (outlet && !lex.countryOf.has(outlet[1]!) && !lex.places.has(outlet[1]!)) {
      mentionAt(state, 'Organization', line.start + 1, line.start + 1 + outlet[1]!.length, '20-boilerplate/outlet-tag', orgFromLexicon(outlet[1]!));
      // "(ANSAmed) - TUNIS, MARCH 7 - The …": the outlet's tag, then a dateline of a known city.
      const rest = t.slice(outlet[0].length);
      const after = DATELINE.exec(rest);
      const city = after?.[1]!.trim();
      const entry = city ? lex.placesUpper.get(city) : undefined;
      if (entry) datelinePlace(state, line.start + outlet[0].length + rest.indexOf(city!), city!);
    }
    // "[Salon] Iraq Prime Minister Says …": a mailing-list tag.
    const tag = /^\[[^\]]+\]/.exec(t);
    if (tag) skip(state, line.start, line.start + tag[0].length);
    markHeadline(state, line, index === 0);
  });
  titleCaseSentences(state);
}

/**
 * "… with 271 votes. Iran Presidential Election 2024 Result: Reformist Masoud Pezeshkian Wins Runoff Election, Defeats
 * Hard-Liner Saeed Jalili.": a related story's headline run into a paragraph. A sentence with no long word in lower
 * case and a headline's capitals where prose has none (a function word, "Was", or two verbs in -s: "Wins", "Defeats")
 * is a headline: later passes trust only their lexicons there.
 */
function titleCaseSentences(state: ExtractState): void {
  const lex = lexicons();
  state.sentences.forEach((sentence, i) => {
    if (state.headline.has(i)) return;
    const text = state.text.slice(sentence.start, sentence.end);
    // Most sentences have a long word in lower case: the cheap test first.
    if (LOWER_LONG_WORD.test(text)) return;
    const { long, capitalized } = longWords(text);
    if (long < 6 || capitalized < long) return;
    // "The newcomers are Mohamed Bach (Minister of Industry), Mohamed Arkab (Energy and Mines), …": a list of names,
    // each with its words in parentheses and a comma after, is prose; a headline has no such list ("X Wins (Again) As
    // Y Concedes (Full Results)").
    if ((text.match(/\)\s*,/g) ?? []).length >= 2) return;
    // "Johnny Konapo, Minister for Finance and Economic Management; Willie Daniel Kalo, Minister for …": a list whose
    // items a semicolon ends, or a line a comma leaves open, is prose too; a headline has neither.
    if (text.includes(';') || /,\s*$/.test(text)) return;
    const words = text.split(/\s+/).slice(1);
    const functionWord = words.some((w) => HEADLINE_FUNCTION_WORDS.has(w.replace(/[^\p{L}]/gu, '')));
    const verbs = words.filter((w) => /^\p{Lu}\p{Ll}{2,}s$/u.test(w.replace(/[^\p{L}]/gu, '')) && lex.isCommonWord(w.replace(/[^\p{L}]/gu, '').toLowerCase().slice(0, -1))).length;
    if (functionWord || verbs >= 2) state.headline.add(i);
  });
}

const LOWER_LONG_WORD = /(?:^|\s)\p{Ll}{4}/u;

/** Words prose writes in lower case that a headline in title case capitalizes. */
const HEADLINE_FUNCTION_WORDS = new Set(['Is', 'Was', 'Are', 'Were', 'To', 'Of', 'For', 'On', 'With', 'As', 'By', 'Over', 'Amid', 'Against', 'Into']);

function titleCase(s: string): string {
  return s.toLowerCase().replace(WORD_INITIAL, (_, a: string, b: string) => a + b.toUpperCase());
}

const ENDS_SENTENCE = new Set(['.', '!', '?', ':', '"', '”']);
const SPACE = /\s/u;

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(text[i]!);
}

/** Whitespace-separated words of four letters or more, and how many of them are capitalized. */
function longWords(text: string): { long: number; capitalized: number } {
  let long = 0;
  let capitalized = 0;
  let i = 0;
  while (i < text.length) {
    while (i < text.length && isSpaceAt(text, i)) i++;
    const start = i;
    while (i < text.length && !isSpaceAt(text, i)) i++;
    if (i - start < 4) continue;
    const head = text.slice(start, Math.min(i, start + 8));
    if (!LONG_WORD.test(head)) continue;
    long++;
    if (UPPER_START.test(head)) capitalized++;
  }
  return { long, capitalized };
}

const MAX_HEADLINE_WORDS = 16;
/** A bulleted name, a colon and a figure: a row of results ("- Lebanese Forces: 19 seats", "• Ana Ruiz: 52%"). */
const RESULT_ROW = /^\s*[-–•*]\s+[^:]{1,80}:\s*[\d.,]+%?(?:\s+\p{L}+){0,2}\s*$/u;
/** Lower-case words that a sentence has and a headline drops ("as", "on" too, in a line that ends as a sentence does:
 * "DAMASCUS: Syrian President X has appointed Y as the country's new Prime Minister, state media reported on Saturday."). */
const SENTENCE_WORDS = /(?<=\s)(?:the|a|an|has|have|had|was|were|by|of|as|on|is|are|its|their)(?=\s)/g;

/** A line without final punctuation whose long words are mostly capitalized is a headline. */
function markHeadline(state: ExtractState, line: Line, isFirst: boolean): void {
  if (ENDS_SENTENCE.has(line.text[line.text.length - 1]!) && !isFirst) return;
  // "- Free Patriotic Movement (ally): 17 seats": a row of a list of results is data, not a headline.
  if (RESULT_ROW.test(line.text)) return;
  // "Silas Bule, Minister of Health;": a line that a semicolon or a comma ends is an item of a list in prose.
  if (/[;,]\s*$/.test(line.text)) return;
  // "2. Ana Ruiz as Minister of Foreign Affairs": a numbered item of a list in prose.
  if (/^\s*\d{1,3}[.)]\s+\S/u.test(line.text)) return;
  const { long, capitalized } = longWords(line.text);
  // "- Kingmaker Bahceli -": a wire story's subheading framed by dashes, however short.
  const framed = /^[-–—]\s+\S.*\s[-–—]$/u.test(line.text) && capitalized > 0;
  if (long < 3 && !framed) return;
  // "ERBIL, Kurdistan Region of Iraq - Mazloum Abdi, commander of …": a long finished sentence dense with names is a
  // lead, not a headline (headlines run to a dozen long words).
  if (long > MAX_HEADLINE_WORDS && ENDS_SENTENCE.has(line.text[line.text.length - 1]!)) return;
  // "Baghdad: The Iraqi Parliament has approved the new cabinet lineup presented by …": a finished sentence with the
  // small words headlines leave out is a lead.
  if (line.text.endsWith('.') && (line.text.match(SENTENCE_WORDS) ?? []).length >= 3) return;
  if (capitalized / long < 0.6 && !framed) return;
  // Sentences are in text order: the first that starts in the line, then on while they end inside it.
  let lo = 0;
  let hi = state.sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (state.sentences[mid]!.start < line.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < state.sentences.length && state.sentences[i]!.start < line.end; i++) {
    if (state.sentences[i]!.end <= line.end) state.headline.add(i);
  }
}
