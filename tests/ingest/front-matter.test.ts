// .txt/.md with and without a YAML header: fields from the header, body kept byte for byte.
import { createHash } from 'node:crypto';
import { GOOD, makeTree, read } from './helpers.js';

test('a header gives title, date, source and url; the body after it is the article text', async () => {
  const dir = makeTree({
    'a.md': `---\ntitle: "Talks end: troops stay"\ndate: "2021-04-07"\nsource: The Washington Post\nurl: https://example.com/talks\nauthor: ignored\n---\n${GOOD}`,
  });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  expect(articles).toEqual([{
    id: `article:${createHash('sha256').update(GOOD).digest('hex').slice(0, 16)}`,
    path: '<dir>/a.md', title: 'Talks end: troops stay', date: '2021-04-07', source: 'The Washington Post', url: 'https://example.com/talks', text: GOOD,
  }]);
});

test('without a header the title is the first non-empty line and the date is null', async () => {
  const dir = makeTree({ 'plain.txt': `\n\n  ${GOOD}`, 'notes.md': '# Coalition to leave\n\nThe minister said so.\n' });
  const { articles } = await read(dir);
  expect(articles.map((a) => [a.path, a.title, a.date, a.source, a.url])).toEqual([
    ['<dir>/notes.md', 'Coalition to leave', null, null, null],
    ['<dir>/plain.txt', 'Troops stay in the region', null, null, null],
  ]);
  expect(articles[1]!.text).toBe(`\n\n  ${GOOD}`);
});

test.each([
  ['date: 2020-07-08', '2020-07-08'],
  ['date: 2018-05', '2018-05'],
  ['date: 2024', '2024'],
  ['date: "2024-01"', '2024-01'],
  ['date:', null],
])('unquoted YAML dates keep their written form (%s)', async (line, date) => {
  const dir = makeTree({ 'a.txt': `---\n${line}\n---\n${GOOD}` });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  expect(articles[0]!.date).toBe(date);
});

test('a title in the header wins over the first line', async () => {
  const dir = makeTree({ 'a.txt': `---\ntitle: Header title\n---\n${GOOD}` });
  expect((await read(dir)).articles[0]!.title).toBe('Header title');
});

test('Windows line endings in the header are understood and the body is unchanged', async () => {
  const body = 'First line\r\n\r\nSecond paragraph.\r\n';
  const dir = makeTree({ 'crlf.txt': `---\r\ndate: 2019-03\r\n---\r\n${body}` });
  const { articles } = await read(dir);
  expect(articles[0]).toMatchObject({ date: '2019-03', title: 'First line', text: body });
});

test('a text that only starts with a --- rule has no header and keeps the rule in its body', async () => {
  const text = '---\nSome text here. Note: more text.\n\nAnother paragraph.\n';
  const dir = makeTree({ 'rule.txt': text });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  expect(articles[0]).toMatchObject({ title: 'Some text here. Note: more text.', text });
});

test('a UTF-8 byte order mark does not hide the header', async () => {
  const dir = makeTree({ 'bom.txt': `\uFEFF---\ntitle: With BOM\n---\n${GOOD}` });
  expect((await read(dir)).articles[0]).toMatchObject({ title: 'With BOM', text: GOOD });
});

test('a header that is a YAML list, or a title that is not text, is BAD_FRONT_MATTER with a plain message', async () => {
  const dir = makeTree({ 'list.txt': `---\n- a\n- b\n---\n${GOOD}`, 'title.txt': `---\ntitle: [1, 2]\n---\nOther body.\n` });
  const { articles, rejected } = await read(dir);
  expect(articles).toEqual([]);
  expect(rejected.map((i) => i.message)).toMatchInlineSnapshot(`
[
  "ingest: <dir>/list.txt has a bad front matter header (header must be \`field: value\` lines); fix the YAML between the --- lines (date as YYYY, YYYY-MM or YYYY-MM-DD)",
  "ingest: <dir>/title.txt has a bad front matter header (title must be text); fix the YAML between the --- lines (date as YYYY, YYYY-MM or YYYY-MM-DD)",
]
`);
});

// Issue #12 (faults end cleanly): an impossible date is the file's fault, named with the reason, never shifted to
// another day; a link that is no web address is dropped from the article, the article kept.
test.each(['date: 2024-02-30', 'date: "2024-02-30"', 'date: 2024-13-45', 'date: "2023-04-31"'])('an impossible date (%s) rejects its file with the reason; the others are read', async (line) => {
  const dir = makeTree({ 'bad.txt': `---\n${line}\n---\n${GOOD}`, 'good.txt': `---\ndate: 2024-02-29\n---\n${GOOD}x` });
  const { articles, rejected } = await read(dir);
  expect(articles.map((a) => [a.path, a.date])).toEqual([['<dir>/good.txt', '2024-02-29']]);
  expect(rejected).toHaveLength(1);
  expect(rejected[0]!.path).toBe('<dir>/bad.txt');
  expect(rejected[0]!.message).toMatch(/date/);
});

test.each(['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,hi'])('a link that is no web address (%s) is dropped, the article kept', async (url) => {
  const dir = makeTree({ 'a.txt': `---\nurl: "${url}"\n---\n${GOOD}` });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  expect(articles[0]!.url).toBeNull();
});

test('a web page whose canonical link is javascript: keeps its text and drops the link', async () => {
  const html = '<html><head><title>Troops stay</title><link rel="canonical" href="javascript:alert(1)"></head><body><article><h1>Troops stay</h1><p>The commander said on Tuesday that the troops would stay in the region for another year.</p></article></body></html>';
  const { articles } = await read(makeTree({ 'a.html': html }));
  expect(articles[0]!.url).toBeNull();
  expect(articles[0]!.text).toContain('The commander said');
});
