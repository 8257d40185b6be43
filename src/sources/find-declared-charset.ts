/** Where a document declares its character encoding: the HTTP header, an HTML meta tag, the XML declaration. */

// The charset parameter of a media type. Matches `text/html; charset="windows-1251"`; not `text/html`.
const CHARSET_PARAM = /charset\s*=\s*["']?([\w.:-]+)/i;

// An HTML meta tag carrying a charset, either form. Matches `<meta charset="gbk">` and
// `<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">`; not `<meta name="charset-notes">`.
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i;

// The encoding pseudo-attribute of an XML declaration. Matches `<?xml version="1.0" encoding="windows-1251"?>`;
// not `<?xml version="1.0"?>`.
const XML_ENCODING = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/;

/** Charset of a Content-Type header: `charsetFromContentType('text/html; charset=UTF-8')` is "utf-8". */
export function charsetFromContentType(contentType: string | null): string | null {
  const match = contentType ? CHARSET_PARAM.exec(contentType) : null;
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Charset an HTML head declares: `charsetFromHtml('<meta charset="gbk">')` is "gbk". */
export function charsetFromHtml(head: string): string | null {
  const match = META_CHARSET.exec(head) ?? XML_ENCODING.exec(head);
  return match?.[1] ? match[1].toLowerCase() : null;
}

/** Encoding an XML declaration names: `charsetFromXml('<?xml version="1.0" encoding="KOI8-R"?>')` is "koi8-r". */
export function charsetFromXml(head: string): string | null {
  const match = XML_ENCODING.exec(head);
  return match?.[1] ? match[1].toLowerCase() : null;
}
