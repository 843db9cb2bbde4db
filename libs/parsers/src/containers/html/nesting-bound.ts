import { Parser } from 'htmlparser2';
import { DomHandler, type Document } from 'domhandler';

/**
 * htmlparser2 keeps its open-element stack with Array#unshift, so parsing is quadratic in nesting
 * depth (20,000 nested elements ≈ 1.5 s, 80,000 ≈ 30 s). Real report pages nest a few dozen levels;
 * parsing stops at this depth and the page is read again flattened.
 */
const MAX_NESTING = 1000;

class TooDeep extends Error {}

/** Builds the DOM like htmlparser2's parseDocument, but gives up as soon as nesting passes the bound. */
class BoundedHandler extends DomHandler {
  override onopentag(name: string, attribs: Record<string, string>): void {
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_NESTING) throw new TooDeep();
  }
}

function parseBounded(html: string): Document | null {
  const handler = new BoundedHandler(undefined, { withStartIndices: true });
  try {
    new Parser(handler, { decodeEntities: true, lowerCaseTags: true }).end(html);
  } catch (err) {
    if (err instanceof TooDeep) return null;
    throw err;
  }
  return handler.root;
}

const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/g;
const KEPT_AS_IS = /^(?:table|tr|td|th|thead|tbody|tfoot|br|title|head|script|style)$/i;
const PARAGRAPH_LIKE = /^(?:p|div|h[1-6]|li|section|article|blockquote|center)$/i;

/** Drops every tag but table structure, line breaks and head/script/style; paragraph ends become <br>. */
function flatten(html: string): string {
  return html.replace(TAG, (whole, _close: string, name: string) => {
    if (KEPT_AS_IS.test(name)) return whole;
    return PARAGRAPH_LIKE.test(name) ? '<br>' : '';
  });
}

/**
 * The DOM of a page and the source it was parsed from: the page itself when its nesting is sane,
 * else the page flattened to its tables and line breaks, and stripped to text as a last resort.
 */
export function parseHtml(html: string): { dom: Document; source: string } {
  const dom = parseBounded(html);
  if (dom) return { dom, source: html };
  const flat = flatten(html);
  const flatDom = parseBounded(flat);
  if (flatDom) return { dom: flatDom, source: flat };
  const text = flat.replace(/<[^>]*>/g, ' ');
  return { dom: parseBounded(text) as Document, source: text };
}
