/** Feeds for the sources tests, written for them. */

export const RSS_FEED = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Ministry of Trade &amp; Integration</title>
  <link>https://trade.gov.kz</link>
  <language>en-us</language>
  <item>
    <title>Trade with China reached $41 billion</title>
    <link>https://trade.gov.kz/news/41-billion</link>
    <pubDate>Wed, 03 Jul 2024 08:00:00 +0500</pubDate>
    <dc:creator>Press Office</dc:creator>
    <description>Short summary.</description>
    <content:encoded><![CDATA[<p>Bilateral trade reached <b>$41 billion</b> in 2023.</p><ul><li>Exports rose</li><li>Imports rose</li></ul>]]></content:encoded>
  </item>
  <item>
    <title>45 projects &#8212; $14.5 billion</title>
    <guid isPermaLink="true">https://trade.gov.kz/news/projects</guid>
    <dc:date>2024-07-04T10:00:00+05:00</dc:date>
    <author>press@trade.gov.kz (Asel Nurova)</author>
    <description>&lt;p&gt;The portfolio holds 45 projects worth $14.5 billion.&lt;/p&gt;&lt;p&gt;Twelve open next year.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Title only</title>
    <link>https://trade.gov.kz/news/title-only</link>
  </item>
</channel>
</rss>`;

export const ATOM_FEED = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru-KZ">
  <title type="text">Steppe Herald</title>
  <entry>
    <title>Rail freight through Khorgos grows</title>
    <link rel="enclosure" href="https://steppeherald.kz/audio/1.mp3"/>
    <link rel="alternate" href="https://steppeherald.kz/rail?id=1&amp;lang=en"/>
    <published>2024-07-05T06:00:00Z</published>
    <updated>2024-07-06T06:00:00Z</updated>
    <author><name>Daniyar Omarov</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Container traffic rose by a fifth.</p><p>A second crossing is planned.</p></div></content>
  </entry>
  <entry>
    <title type="html">Grain &lt;em&gt;corridor&lt;/em&gt; talks</title>
    <link href="https://steppeherald.kz/grain"/>
    <updated>2024-07-07T06:00:00Z</updated>
    <summary type="html">&lt;p&gt;Exports of grain doubled to $1 billion.&lt;/p&gt;</summary>
  </entry>
  <entry>
    <title>Plain text entry</title>
    <content type="text">Flights between Almaty and Urumqi &lt;weekly&gt; resume.</content>
  </entry>
</feed>`;

export const RDF_FEED = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://mfa.kz/rss"><title>MFA News</title><dc:language>kk</dc:language></channel>
  <item rdf:about="https://mfa.kz/1">
    <title>Consultations held in Beijing</title>
    <link>https://mfa.kz/1</link>
    <dc:date>2024-06-30</dc:date>
    <description>The deputy ministers held consultations on consular matters.</description>
  </item>
</rdf:RDF>`;

/** The "billion laughs" attack: ten levels of entities, each ten times the one below. */
export const BILLION_LAUGHS = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>Laughs &lol9;</title>
<item><title>&lol9;</title><link>https://example.org/lol</link><description>Trade rose. &lol9;</description></item>
</channel></rss>`;
