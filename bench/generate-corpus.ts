/**
 * Generated report-like text for benchmarks: sentences in the style of cooperation reporting, with figures,
 * periods, countries and plain narrative between them, varied by a seeded generator so that every
 * document is distinct and runs are repeatable.
 */

const PAIRS = [
  ['Kazakhstan', 'China', 'Kazakh', 'Chinese'],
  ['Uzbekistan', 'China', 'Uzbek', 'Chinese'],
  ['Kazakhstan', 'Russia', 'Kazakh', 'Russian'],
  ['Germany', 'China', 'German', 'Chinese'],
  ['Turkey', 'Azerbaijan', 'Turkish', 'Azerbaijani'],
  ['India', 'Japan', 'Indian', 'Japanese'],
] as const;

const OUTLETS = [
  'Steppe Business Review',
  'Silk Road Economic Monitor',
  'Central Asia Wire',
  'Eurasia Trade Journal',
];

/** A small seeded generator (mulberry32) so that corpora are the same on every run. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function amount(random: () => number): string {
  const value = (Math.floor(random() * 900) + 10) / 10;
  return pick(random, [
    `$${value} billion`,
    `US$${value}bn`,
    `${value} billion US dollars`,
    `about $${value} billion`,
  ]);
}

/** One paragraph of report-like text about a pair of countries. */
export function paragraph(random: () => number, index: number): string {
  const [a, b, adjA, adjB] = pick(random, PAIRS);
  const year = 2015 + Math.floor(random() * 10);
  const templates = [
    `Bilateral trade between ${a} and ${b} reached ${amount(random)} in ${year}, up ${Math.floor(random() * 40) + 1}% from a year earlier, officials said on Tuesday.`,
    `The two sides plan to raise the figure to ${amount(random)} by ${year + 6}, the ministry said in a statement after the talks.`,
    `${adjB} investments in ${a} amounted to ${amount(random)} over the past ${Math.floor(random() * 20) + 2} years, according to the national bank.`,
    `There are now over ${(Math.floor(random() * 9000) + 1000).toLocaleString('en-US')} ${adjA} students in ${adjB} universities, and a new branch campus is planned.`,
    `Some ${Math.floor(random() * 60) + 5} joint projects worth a total of ${amount(random)} are being implemented in energy, agriculture and logistics.`,
    `Rail freight on the route rose to ${(Math.floor(random() * 300) + 10) / 10} million tonnes in the first half of ${year}, while container traffic passed ${Math.floor(random() * 900) + 100},000 TEU.`,
    `Delegations from ${a} and ${b} also discussed culture, tourism and education, and agreed to meet again next spring in the capital.`,
    `The ministers noted the long history of friendship and good-neighbourly relations and praised the work of the intergovernmental committee.`,
    `Report ${index}: analysts cautioned that statistics published by the two customs services often differ because of methodology and transit.`,
  ];
  // Reports carry more narrative than numbers: about half of their sentences state no figure.
  const narrative = [
    `${a} and ${b} share a long border and a history of trade along the old caravan routes, the minister recalled.`,
    `The president thanked his counterpart for the warm welcome and invited him to pay a return visit to ${a}.`,
    `Both sides stressed the importance of multilateral cooperation within the United Nations and regional organisations.`,
    `Business leaders from ${adjA} and ${adjB} companies met on the sidelines to discuss logistics, digital services and green energy.`,
    `The visa-free regime introduced last year has made travel easier for entrepreneurs, tourists and students.`,
    `Officials said the new border crossing would ease congestion and cut waiting times for lorries and trains.`,
  ];
  templates.push(...narrative, ...narrative);
  const count = 3 + Math.floor(random() * 3);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) sentences.push(pick(random, templates));
  return sentences.join(' ');
}

/** A news-length report (about 2-4 KB) with a headline line: `newsText(7)`. */
export function newsText(index: number): string {
  const random = createRandom(index + 1);
  const [a, b] = pick(random, PAIRS);
  const paragraphs = [`${a} and ${b} review cooperation, report ${index}`];
  const n = 5 + Math.floor(random() * 4);
  for (let i = 0; i < n; i++) paragraphs.push(paragraph(random, index));
  return `${paragraphs.join('\n\n')}\n`;
}

/** A news page of about 11 KB with the usual site furniture around the article: `newsPage(7)`. */
export function newsPage(index: number): string {
  const random = createRandom(index + 7919);
  const outlet = pick(random, OUTLETS);
  const text = newsText(index);
  const [headline, ...body] = text.trim().split('\n\n');
  const day = String(1 + (index % 28)).padStart(2, '0');
  const nav = Array.from({ length: 25 }, (_, i) => `<li><a href="/section/${i}">Section ${i}</a></li>`).join(
    '',
  );
  const related = Array.from(
    { length: 12 },
    (_, i) =>
      `<li><a href="/news/${index + i}">Related story number ${i} about regional cooperation</a></li>`,
  ).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${headline} | ${outlet}</title>
<meta property="og:site_name" content="${outlet}"><meta property="og:title" content="${headline}">
<meta property="article:published_time" content="2024-03-${day}T09:30:00+05:00">
<meta name="author" content="Staff reporter">
<script>window.dataLayer=[];function track(){return 1}</script>
<style>body{font-family:sans-serif}.nav{display:flex}</style></head>
<body><header><nav class="nav"><ul>${nav}</ul></nav><button>Subscribe</button></header>
<main><article><h1>${headline}</h1><time datetime="2024-03-${day}">March ${day}, 2024</time>
${body.map((p) => `<p>${p}</p>`).join('\n')}
<ul><li>Trade and investment</li><li>Transport and logistics</li><li>Education and culture</li></ul>
<div class="share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div></article>
<aside><h2>Related</h2><ul>${related}</ul></aside></main>
<footer><p>© 2024 ${outlet}. All rights reserved.</p><a href="#top">Back to top button</a>
<ul>${nav}</ul></footer><script>track()</script></body></html>
`;
}
