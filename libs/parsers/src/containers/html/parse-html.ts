import { Parser } from 'htmlparser2';
import { DomHandler, isTag, type Document, type Element } from 'domhandler';
import { decodeHTML, decodeHTMLAttribute } from 'entities';

/**
 * htmlparser2 keeps its open-element stack with Array#unshift, so parsing is quadratic in nesting
 * depth (20,000 nested elements ≈ 1.5 s, 80,000 ≈ 30 s). Real report pages nest a few dozen levels;
 * parsing stops at this depth and the page is read again flattened.
 */
const MAX_NESTING = 1000;

class TooDeep extends Error {}

export interface ParsedHtml {
  dom: Document;
  /** The text that was parsed: the page, or its flattened form. */
  source: string;
  /** Tables that hold another table: page layout, whose cells are read as blocks. */
  layoutTables: Set<Element>;
}

/** Elements whose text htmlparser2 leaves undecoded (raw text); <title> and <textarea> are decoded. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'plaintext']);

/**
 * Builds the DOM like htmlparser2's parseDocument, noting layout tables as it goes, and gives up as
 * soon as nesting passes the bound. Entities are decoded here, in the modes the tokenizer would use
 * (legacy in text, attribute in values): the tokenizer then skips ahead with indexOf instead of
 * testing every character for `&`, which makes pages of long inline styles parse about twice as fast.
 */
class BoundedHandler extends DomHandler {
  readonly layoutTables = new Set<Element>();

  override ontext(data: string): void {
    const parent = this.tagStack[this.tagStack.length - 1];
    const raw = parent !== undefined && isTag(parent) && RAW_TEXT.has(parent.name);
    super.ontext(!raw && data.includes('&') ? decodeHTML(data) : data);
  }

  override onopentag(name: string, attribs: Record<string, string>): void {
    for (const key in attribs) {
      const value = attribs[key] as string;
      if (value.includes('&')) attribs[key] = decodeHTMLAttribute(value);
    }
    super.onopentag(name, attribs);
    if (this.tagStack.length > MAX_NESTING) throw new TooDeep();
    if (name === 'table') this.markEnclosingTable();
  }

  private markEnclosingTable(): void {
    for (let i = this.tagStack.length - 2; i >= 0; i--) {
      const node = this.tagStack[i];
      if (node && isTag(node) && node.name === 'table') {
        this.layoutTables.add(node);
        return;
      }
    }
  }
}

function parseBounded(html: string): Omit<ParsedHtml, 'source'> | null {
  const handler = new BoundedHandler(undefined, { withStartIndices: true });
  try {
    new Parser(handler, { decodeEntities: false, lowerCaseTags: true }).end(html);
  } catch (err) {
    if (err instanceof TooDeep) return null;
    throw err;
  }
  return { dom: handler.root, layoutTables: handler.layoutTables };
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
export function parseHtml(html: string): ParsedHtml {
  const parsed = parseBounded(html);
  if (parsed) return { ...parsed, source: html };
  const flat = flatten(html);
  const flatParsed = parseBounded(flat);
  if (flatParsed) return { ...flatParsed, source: flat };
  const text = flat.replace(/<[^>]*>/g, ' ');
  return { ...(parseBounded(text) as Omit<ParsedHtml, 'source'>), source: text };
}
