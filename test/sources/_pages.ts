/** HTML pages for the sources tests, written for them: the words are the project's own. */

const NAV_LINKS = [
  'Politics',
  'Economy',
  'Energy',
  'Transport',
  'Agriculture',
  'Regions',
  'World',
  'Culture',
  'Science',
  'Sport',
  'Opinion',
  'Video',
  'Photo',
  'Archive',
];

const MOST_READ = [
  'Wheat harvest forecast raised after a wet spring',
  'Caspian ferry line adds two vessels',
  'Astana hosts regional transport forum',
  'Solar plant in Turkistan region reaches full capacity',
  'Central bank keeps its base rate unchanged',
  'New customs terminal opens at Dostyk',
];

const FOOTER_LINKS = [
  'About us',
  'Editorial policy',
  'Advertising',
  'Careers',
  'Contact',
  'Privacy',
  'Terms of use',
  'RSS',
];

const ARTICLE_PARAGRAPHS = [
  'Kazakhstan and China agreed on Wednesday to widen cooperation in trade, transport and energy, as the two presidents met in Astana for talks that officials on both sides described as the most productive in years.',
  'Bilateral trade reached $41 billion in 2023, according to figures cited by the Kazakh side, and both governments said they intend to double that volume within the coming decade through new logistics routes and industrial projects.',
  'The delegations reviewed a portfolio of 45 joint projects worth a total of $14.5 billion, covering petrochemicals, metallurgy, food processing and renewable power. Twelve of them are expected to be commissioned before the end of next year.',
  'Rail freight across the shared border has grown steadily, with container traffic through the Khorgos dry port rising by about a fifth last year. A second railway crossing near Bakhty is planned, and engineers are studying a third.',
  'Energy cooperation remained a central theme. The sides discussed the modernization of a refinery in Shymkent, new gas processing capacity in the west of the country and the expansion of the oil pipeline that runs from the Caspian region to western China.',
  'Officials also pointed to education and culture. More than 4,000 students from Kazakhstan are enrolled at Chinese universities, and a branch of a Beijing language university is due to open in Astana next autumn.',
  'Agricultural exports from Kazakhstan to China doubled to $1 billion, led by wheat, barley, vegetable oil and meat, and the ministers agreed to speed up veterinary certification for several more products.',
  'A visa-free regime for short trips, in force since last November, has lifted tourist flows in both directions, and airlines plan to add weekly flights between Almaty, Urumqi, Beijing and Shanghai.',
  'Business associations signed a set of commercial agreements on the sidelines of the talks, including contracts for agricultural machinery assembly, a wind farm in the Zhambyl region and a logistics hub near the Caspian port of Aktau.',
  'Analysts in Almaty said the figures released by the two sides differ because of methodology: customs in each country record transit cargo and re-exports differently, which can open a gap of several billion dollars in the annual totals.',
  'The next meeting of the intergovernmental cooperation committee is scheduled for the spring, when the ministries are expected to report on progress with the project portfolio and the new border crossing.',
];

/** A realistic news article page, about 11 KB, with the furniture real pages carry. */
export function newsPageHtml(): string {
  const nav = NAV_LINKS.map((name) => `<li><a href="/${name.toLowerCase()}">${name}</a></li>`).join(
    '\n        ',
  );
  const paragraphs = ARTICLE_PARAGRAPHS.map((text) => `      <p>${text}</p>`).join('\n');
  const related = ['Grain corridor talks resume', 'New flights to Urumqi', 'Refinery upgrade approved']
    .map((title, i) => `<li><a href="/news/${i}">${title}</a></li>`)
    .join('');
  const mostRead = MOST_READ.map((title, i) => `<li><a href="/news/most-read-${i}">${title}</a></li>`).join(
    '\n      ',
  );
  const adSlots = Array.from({ length: 20 }, (_, i) => ({
    id: `slot-${i}`,
    sizes: [
      [300, 250],
      [728, 90],
    ],
    targeting: { section: 'economy', position: i % 2 === 0 ? 'top' : 'side', lazy: true },
  }));
  const footerLinks = FOOTER_LINKS.map(
    (name) => `<li><a href="/${name.toLowerCase().replaceAll(' ', '-')}">${name}</a></li>`,
  ).join('');
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <title>Kazakhstan and China agree to widen trade and transport ties | Steppe Herald</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="The presidents of Kazakhstan and China met in Astana.">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="Steppe Herald">
  <meta property="og:title" content="Kazakhstan and China agree to widen trade and transport ties">
  <meta property="article:published_time" content="2024-07-03T09:30:00+05:00">
  <meta name="author" content="Aigerim Sadykova">
  <link rel="stylesheet" href="/static/site.css">
  <style>.cookie-banner{position:fixed;bottom:0}.share-bar a{margin:0 4px}</style>
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Steppe Herald"},{"@type":"NewsArticle","headline":"Kazakhstan and China agree to widen trade and transport ties","datePublished":"2024-07-03T09:30:00+05:00","author":[{"@type":"Person","name":"Aigerim Sadykova"}],"publisher":{"@type":"Organization","name":"Steppe Herald"}}]}</script>
  <script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} gtag('js', new Date());</script>
</head>
<body class="article-page">
  <a class="skip-link" href="#content">Skip to content</a>
  <header class="site-header">
    <div class="logo"><a href="/">Steppe Herald</a></div>
    <nav aria-label="Sections">
      <ul>
        ${nav}
      </ul>
    </nav>
    <form class="search" action="/search"><input name="q" placeholder="Search"><button>Search</button></form>
  </header>
  <div class="cookie-banner" role="dialog">We use cookies to improve your experience. <button>Accept all</button> <button>Settings</button></div>
  <main id="content">
    <article class="story">
      <header>
        <h1>Kazakhstan and China agree to widen trade and transport ties</h1>
        <p class="byline">By Aigerim Sadykova · <time datetime="2024-07-03T09:30:00+05:00">3 July 2024</time></p>
      </header>
      <div class="share-bar">
        <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fsteppeherald.kz%2Fa">Share on X</a>
        <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fsteppeherald.kz%2Fa">Share on Facebook</a>
      </div>
      <figure><img src="/img/talks.jpg" alt="The two delegations in Astana"><figcaption>The delegations met in Astana on Wednesday.</figcaption></figure>
${paragraphs}
      <h2>Key figures</h2>
      <ul>
        <li>Bilateral trade in 2023: $41 billion</li>
        <li>Joint projects: 45, worth $14.5 billion</li>
        <li>Students from Kazakhstan in China: over 4,000</li>
      </ul>
      <table>
        <thead><tr><th>Year</th><th>Trade, $ billion</th></tr></thead>
        <tbody><tr><td>2022</td><td>31.2</td></tr><tr><td>2023</td><td>41.0</td></tr></tbody>
      </table>
      <blockquote><p>"Our relations have never been stronger," the Kazakh president told reporters.</p></blockquote>
      <p>Reporting by Aigerim Sadykova<br>Editing by Daniyar Omarov</p>
      <button class="back-to-top" onclick="window.scrollTo(0,0)">Back to top</button>
      <a href="#top">Back to top</a>
    </article>
    <aside class="related">
      <h3>Related stories</h3>
      <ul>${related}</ul>
    </aside>
  </main>
  <section class="most-read" aria-label="Most read">
    <h2>Most read</h2>
    <ol>
      ${mostRead}
    </ol>
  </section>
  <div class="newsletter"><p>Get the morning briefing in your inbox.</p><form><input type="email"><button>Subscribe</button></form></div>
  <footer class="site-footer">
    <p>© 2024 Steppe Herald. All rights reserved.</p>
    <ul>${footerLinks}</ul>
    <p>Steppe Herald is published in Astana. Registered as a mass medium in the Republic of Kazakhstan.</p>
  </footer>
  <script id="page-config" type="application/json">${JSON.stringify({ section: 'economy', adSlots })}</script>
  <script src="/static/app.js"></script>
  <script>(function(){var s=document.createElement('script');s.src='https://stats.example/t.js';document.body.appendChild(s);})();</script>
  <noscript><img src="https://stats.example/pixel.gif" alt=""></noscript>
</body>
</html>
`;
}

/** A short press release page, the kind Readability declines: one heading, two short paragraphs. */
export function pressReleaseHtml(): string {
  return `<!doctype html>
<html lang="ru-KZ"><head><meta charset="utf-8">
<title>Press release - Ministry of Trade</title>
<meta name="application-name" content="Ministry of Trade">
<meta name="DC.date.issued" content="2024-05-14">
</head><body>
<nav><a href="/">Home</a> <a href="/press">Press</a></nav>
<main>
<h1>Trade mission to Urumqi</h1>
<p>A trade mission of 30 companies will visit Urumqi next week.</p>
<p>The ministry expects contracts worth $200 million.</p>
</main>
<footer>Ministry of Trade, Astana</footer>
</body></html>`;
}
