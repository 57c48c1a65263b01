// .html pages: the article's paragraphs only, with title, date, url and site name from the head.
import { makeTree, read } from './helpers.js';

const PAGE = `<!doctype html>
<html><head>
  <title>Troops to stay | Daily Courier</title>
  <meta property="og:title" content="Troops to stay">
  <meta property="og:site_name" content="Daily Courier">
  <meta property="article:published_time" content="2021-04-07T10:00:00Z">
  <link rel="canonical" href="https://courier.example/world/troops-to-stay">
  <script>window.analytics = { track: function () {} };</script>
  <style>body { font-family: serif }</style>
</head><body>
  <header><a href="/">Daily Courier</a> <a href="/subscribe">Subscribe now</a></header>
  <nav><ul><li><a href="/world">World</a></li><li><a href="/sports">Sports</a></li><li><a href="/weather">Weather</a></li></ul></nav>
  <main><article>
    <h1>Troops to stay</h1>
    <p>The general said the troops would stay in the country for another year, according to officials who spoke on Tuesday in the capital.</p>
    <p>“We are not leaving,” the commander said at a briefing, adding that talks with the government would continue next month in the capital.</p>
    <p>The defense ministry, which has pressed for a timetable, did not respond to requests for comment, and officials declined to give figures.</p>
  </article></main>
  <aside><h2>Most read</h2><ul><li><a href="/a">Storm hits coast</a></li><li><a href="/b">Election results</a></li></ul></aside>
  <footer>© 2021 Daily Courier. All rights reserved. <a href="/privacy">Privacy policy</a></footer>
  <script>document.write('tracking pixel')</script>
</body></html>`;

test('an HTML page gives the article text without navigation, header, footer or scripts', async () => {
  const dir = makeTree({ 'page.html': PAGE });
  const { articles, rejected } = await read(dir);
  expect(rejected).toEqual([]);
  const [article] = articles;
  expect(article).toMatchObject({
    path: '<dir>/page.html', title: 'Troops to stay', date: '2021-04-07', source: 'Daily Courier', url: 'https://courier.example/world/troops-to-stay',
  });
  expect(article!.text).toContain('“We are not leaving,” the commander said at a briefing');
  for (const chrome of ['Subscribe now', 'Sports', 'Weather', 'Most read', 'Storm hits coast', 'All rights reserved', 'Privacy policy', 'analytics', 'tracking pixel', 'font-family']) {
    expect(article!.text).not.toContain(chrome);
  }
});

test('paragraphs stay apart, separated by a blank line', async () => {
  const dir = makeTree({ 'page.htm': PAGE });
  const paragraphs = (await read(dir)).articles[0]!.text.split('\n\n');
  expect(paragraphs.at(-3)).toMatch(/^The general said/);
  expect(paragraphs.at(-2)).toMatch(/^“We are not leaving,”/);
  expect(paragraphs.at(-1)).toMatch(/^The defense ministry/);
});

test('a short page without meta data falls back to <title> and its body text minus the chrome', async () => {
  const dir = makeTree({ 'short.html': '<html><head><title>Brief</title></head><body><nav>Home | World</nav><p>Officials met on Monday.</p><footer>Contact us</footer></body></html>' });
  const { articles } = await read(dir);
  expect(articles[0]).toMatchObject({ title: 'Brief', date: null, url: null, text: 'Officials met on Monday.' });
});

test('a page with no text at all is EMPTY', async () => {
  const dir = makeTree({ 'blank.html': '<html><head><title>Nothing</title><script>var a = 1;</script></head><body><nav>Home</nav></body></html>' });
  const { articles, rejected } = await read(dir);
  expect(articles).toEqual([]);
  expect(rejected.map((i) => i.code)).toEqual(['EMPTY']);
});
