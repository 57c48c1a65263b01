// A hand-made graph with every node label, every relationship type and hostile text.
import type { GraphData } from '../../../graph-schema/index.js';

const ARTICLE = 'article:0123456789abcdef';

export const NASTY = {
  quote: 'He said "we\'ll <stay> & fight" \u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800 then left.\r\nNext line\ttab 🇮🇶 😀',
  quoteClean: 'He said "we\'ll <stay> & fight"  then left.\r\nNext line\ttab 🇮🇶 😀',
  xss: '<img src=x onerror=alert(1)>',
  arabic: 'مقتدى الصدر',
  cdata: ']]> <![CDATA[ x ]]>',
};

const evidence = (start: number, end: number, rule: string) => ({
  articleId: ARTICLE, sentence: NASTY.quote, start, end, rule,
});

export const fixtureData: GraphData = {
  nodes: [
    { id: ARTICLE, type: 'Article', title: 'US troops & "Iraq" <analysis> — تحليل', date: '2024-01-05', source: 'Wire', url: 'https://example.com/a?x=1&y=<2>' },
    { id: 'person:muqtada-al-sadr', type: 'Person', name: 'Muqtada al-Sadr', aliases: ['Sadr', NASTY.arabic, 'al-Sadr'], roles: ['cleric'] },
    { id: 'person:lloyd-austin', type: 'Person', name: 'Lloyd Austin', aliases: [] },
    { id: 'person:xss', type: 'Person', name: NASTY.xss, aliases: [NASTY.cdata], kind: 'test' },
    { id: 'organization:pentagon', type: 'Organization', name: 'Pentagon', aliases: ['Department of Defense', 'DoD'] },
    { id: 'place:baghdad', type: 'Place', name: 'Baghdad', aliases: ['بغداد'] },
    { id: 'place:iraq', type: 'Place', name: 'Iraq', aliases: [], kind: 'country' },
    { id: 'source:a-senior-defense-official', type: 'Source', name: 'a senior defense official', aliases: [], kind: 'unnamed-person' },
    { id: 'event:strike-2024-01-04', type: 'Event', name: 'drone strike in Baghdad', eventType: 'strike', date: '2024-01-04', dateText: 'Thursday' },
    { id: 'event:talks', type: 'Event', name: 'talks', eventType: 'talks', date: null, dateText: null },
    { id: 'statement:0123456789abcdef:120', type: 'Statement', text: NASTY.quote, articleId: ARTICLE, start: 120, end: 190 },
    { id: 'statement:0123456789abcdef:300', type: 'Statement', text: `${NASTY.xss} ${NASTY.arabic}`, articleId: ARTICLE, start: 300, end: 340 },
  ],
  relationships: [
    { id: 'said:person:muqtada-al-sadr--statement:0123456789abcdef:120', type: 'SAID', source: 'person:muqtada-al-sadr', target: 'statement:0123456789abcdef:120', ...evidence(100, 190, 'quote.said-after') },
    { id: 'said:source:a-senior-defense-official--statement:0123456789abcdef:300', type: 'SAID', source: 'source:a-senior-defense-official', target: 'statement:0123456789abcdef:300', ...evidence(290, 340, 'quote.unnamed') },
    { id: 'reported-in:statement:0123456789abcdef:120--article:0123456789abcdef', type: 'REPORTED_IN', source: 'statement:0123456789abcdef:120', target: ARTICLE, ...evidence(120, 190, 'quote.reported') },
    { id: 'mentions:article:0123456789abcdef--person:muqtada-al-sadr', type: 'MENTIONS', source: ARTICLE, target: 'person:muqtada-al-sadr', count: 3 },
    { id: 'mentions:article:0123456789abcdef--event:strike-2024-01-04', type: 'MENTIONS', source: ARTICLE, target: 'event:strike-2024-01-04', count: 1 },
    { id: 'holds-role:person:lloyd-austin--organization:pentagon--article:0123456789abcdef:10', type: 'HOLDS_ROLE', source: 'person:lloyd-austin', target: 'organization:pentagon', role: 'Secretary of Defense & <chief>', ...evidence(10, 40, 'role.appositive') },
    { id: 'participated-in:organization:pentagon--event:strike-2024-01-04', type: 'PARTICIPATED_IN', source: 'organization:pentagon', target: 'event:strike-2024-01-04', role: 'attacker', ...evidence(50, 80, 'event.agent') },
    { id: 'occurred-in:event:strike-2024-01-04--place:baghdad', type: 'OCCURRED_IN', source: 'event:strike-2024-01-04', target: 'place:baghdad', ...evidence(50, 80, 'event.place') },
    { id: 'about:statement:0123456789abcdef:300--place:iraq', type: 'ABOUT', source: 'statement:0123456789abcdef:300', target: 'place:iraq', ...evidence(300, 340, 'quote.about') },
    { id: 'about:statement:0123456789abcdef:300--place:iraq--article:0123456789abcdef:310', type: 'ABOUT', source: 'statement:0123456789abcdef:300', target: 'place:iraq', ...evidence(310, 340, 'quote.about-parallel') },
  ],
};

/** The same records in reverse order with their properties in reverse key order. */
export function shuffledData(data: GraphData): GraphData {
  const flip = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).reverse()) as T;
  return { nodes: [...data.nodes].reverse().map(flip), relationships: [...data.relationships].reverse().map(flip) };
}
