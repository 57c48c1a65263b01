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
