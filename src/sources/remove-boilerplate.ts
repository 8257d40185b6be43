import { type DomElement, type DomNode, ELEMENT_NODE } from './_dom.js';
import { SKIPPED_TAGS } from './html-to-text.js';

// A class or id naming page furniture as a whole dash- or underscore-separated part. Matches `share-bar`,
// `cookie_banner`, `article-comments`, `back-to-top`; not `shared-values`, `commentary` or `leader`.
const FURNITURE_NAME =
  /(?:^|[-_\s])(?:cookies?|consent|gdpr|share|sharing|social|newsletter|subscribe|breadcrumbs?|related|promo|ads?|advert|advertisement|sponsored|popup|modal|comments|skip|back-to-top|to-top)(?:$|[-_\s])/i;

// A link whose whole text is furniture. Matches `Back to top`, `Share on X`, `Skip to content`; not `Back to the talks`.
const FURNITURE_LINK =
  /^\W*(?:back to top|top of page|share|share (?:on|via|to) \w+|tweet|print|e-?mail|skip to (?:main )?content)\W*$/i;

// Sharing endpoints. Matches `https://twitter.com/intent/tweet?url=...`, `https://www.facebook.com/sharer/...`;
// not `https://twitter.com/mfa_kz`.
const SHARE_HREF =
  /\/\/(?:www\.)?(?:twitter\.com\/(?:intent|share)|x\.com\/intent|facebook\.com\/sharer|linkedin\.com\/share|t\.me\/share|vk\.com\/share|wa\.me\/|api\.whatsapp\.com\/send|reddit\.com\/submit)|^mailto:\?/i;

/** Structural elements a class name never removes, however it is named. */
const KEPT: ReadonlySet<string> = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** Page-level furniture: removed outside <article>/<main> only, since inside they may hold the headline or a fact box. */
const OUTSIDE_ARTICLE: ReadonlySet<string> = new Set(['HEADER', 'ASIDE']);

/**
 * Removes scripts, styles, navigation, footers, forms, buttons, share links, cookie banners and "Back to top"
 * links in place, in one pass: `removeBoilerplate(document)` before Readability sees the page.
 */
export function removeBoilerplate(root: DomNode): void {
  const doomed: DomElement[] = [];
  collect(root, doomed, false);
  for (const element of doomed) element.remove();
}

function collect(node: DomNode, doomed: DomElement[], inArticle: boolean): void {
  for (let child = node.firstChild; child !== null; child = child.nextSibling) {
    if (child.nodeType !== ELEMENT_NODE) continue;
    const element = child as DomElement;
    const tag = element.tagName.toUpperCase();
    if (isFurniture(element, tag, inArticle)) {
      doomed.push(element);
      continue;
    }
    collect(element, doomed, inArticle || tag === 'ARTICLE' || tag === 'MAIN');
  }
}

function isFurniture(element: DomElement, tag: string, inArticle: boolean): boolean {
  if (SKIPPED_TAGS.has(tag) && tag !== 'HEAD' && tag !== 'TITLE' && tag !== 'META' && tag !== 'LINK')
    return true;
  if (!inArticle && OUTSIDE_ARTICLE.has(tag)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const role = element.getAttribute('role');
  if (role === 'navigation' || role === 'contentinfo' || role === 'dialog' || role === 'alertdialog')
    return true;
  if (tag === 'A') return isFurnitureLink(element);
  if (KEPT.has(tag)) return false;
  if (!FURNITURE_NAME.test(element.className) && !FURNITURE_NAME.test(element.id)) return false;
  // A wrapper whose class merely mentions sharing ("has-social-bar") may hold the story itself.
  return element.querySelector('article, main, h1') === null && element.querySelectorAll('p').length < 3;
}

function isFurnitureLink(link: DomElement): boolean {
  const href = link.getAttribute('href') ?? '';
  if (href === '#top' || SHARE_HREF.test(href)) return true;
  const text = link.textContent ?? '';
  return text.length < 40 && FURNITURE_LINK.test(text.trim());
}
