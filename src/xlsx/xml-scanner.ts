/**
 * A small, strict XML tokenizer for the parts of an .xlsx package, fed in
 * chunks as they are inflated. It gives elements by local name (`x:c` and `c`
 * alike, as SpreadsheetML may be written with a prefix), their attributes, and
 * text with the five predefined entities and character references decoded;
 * CDATA is text, comments and processing instructions are skipped.
 *
 * Why not a general SAX parser: the sheets of a 40 000-row register are 15 MB
 * of XML, and saxes and htmlparser2, the well-kept ones, took 0.7–1.0 s on them
 * without doing anything with the events (docs/performance.md), more than the
 * check's whole budget; this scanner takes 0.13–0.21 s (scanning alone, CPU time,
 * December 2026). It is
 * deliberately not forgiving: a document type declaration (which an .xlsx never
 * has, and which could define entities), an unknown entity, a tag that does not
 * close or a mismatched end tag is an `XmlError`, so a damaged part is refused
 * instead of read as fewer cells.
 */

export class XmlError extends Error {
  override name = "XmlError";
}

/**
 * The attributes of the tag being reported; valid only during the `open` call.
 * They are kept as places in the document and made into strings only when asked
 * for: the sheet reader asks for two or three of every cell's, and making every
 * name and value a string was a third of the scanning.
 */
export class XmlAttributes {
  /** The text the places below are in. */
  private src = "";
  /** Per attribute: name start, name end, value start, value end, and 1 when the value has an &. */
  private places: number[] = [];
  count = 0;

  /** Starts the attributes of a new tag in `src`. */
  reset(src: string): void {
    this.src = src;
    this.count = 0;
  }

  add(nameStart: number, nameEnd: number, valueStart: number, valueEnd: number, hasReference: boolean): void {
    const p = this.places;
    const k = this.count * 5;
    p[k] = nameStart;
    p[k + 1] = nameEnd;
    p[k + 2] = valueStart;
    p[k + 3] = valueEnd;
    p[k + 4] = hasReference ? 1 : 0;
    this.count++;
  }

  /** The raw name (with any prefix) of attribute `i`. */
  name(i: number): string {
    return this.src.slice(this.places[i * 5]!, this.places[i * 5 + 1]);
  }

  /** The decoded value of attribute `i`. */
  value(i: number): string {
    const p = this.places;
    const k = i * 5;
    const raw = this.src.slice(p[k + 2]!, p[k + 3]);
    return p[k + 4] === 1 ? decodeEntities(raw) : raw;
  }

  /** The value of the attribute named exactly `name`, or undefined. */
  get(name: string): string | undefined {
    const p = this.places;
    for (let i = 0, k = 0; i < this.count; i++, k += 5)
      if (p[k + 1]! - p[k]! === name.length && this.src.startsWith(name, p[k]!)) return this.value(i);
    return undefined;
  }

  /** The value of a prefixed attribute with this local name (`r:id` for "id", whatever the prefix). */
  prefixed(local: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      const n = this.name(i);
      const colon = n.indexOf(":");
      if (colon > 0 && n.slice(colon + 1) === local && !n.startsWith("xmlns")) return this.value(i);
    }
    return undefined;
  }
}

export interface XmlHandler {
  /** A start tag (or an empty-element tag, then `close` follows at once). */
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  /** Character data, decoded; one text node may come in several calls. */
  text(text: string): void;
}

const LT = 60; // <
const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const QUOT = 34;
const APOS = 39;
const COLON = 58;
const AMP = 38;
/** The longest start tag held while waiting for its end (attribute values included). */
const MAX_TAG = 1 << 20;

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** Text or an attribute value with its references decoded. */
export function decodeEntities(raw: string): string {
  let amp = raw.indexOf("&");
  if (amp < 0) return raw;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = raw.indexOf(";", amp + 1);
    if (semi < 0) throw new XmlError(`an & that starts no reference: ${raw.slice(amp, amp + 12)}`);
    out += raw.slice(from, amp) + reference(raw.slice(amp + 1, semi));
    from = semi + 1;
    amp = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}

/** The character a reference stands for: `amp`, `#228`, `#xE4`. */
function reference(ref: string): string {
  if (ref.charCodeAt(0) === 35 /* # */) {
    const hex = ref.charCodeAt(1) === 120; /* x */
    let code = ref.length > (hex ? 2 : 1) ? 0 : -1;
    for (let i = hex ? 2 : 1; i < ref.length && code >= 0 && code <= 0x10ffff; i++) {
      const k = ref.charCodeAt(i);
      const d = k >= 48 && k <= 57 ? k - 48 : hex && k >= 97 && k <= 102 ? k - 87 : hex && k >= 65 && k <= 70 ? k - 55 : -1;
      code = d < 0 ? -1 : code * (hex ? 16 : 10) + d;
    }
    if (code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff))
      throw new XmlError(`a character reference that names no character: &${ref};`);
    return String.fromCodePoint(code);
  }
  const named = ENTITIES[ref];
  if (named === undefined) throw new XmlError(`an unknown entity: &${ref.slice(0, 12)};`);
  return named;
}

/**
 * The local name of the element named in `s` from `start` to `end` (any prefix left
 * out). The names a sheet repeats for every cell are given as constants, without
 * making a string each time; others are sliced (and interned by the engine).
 */
function localName(s: string, start: number, end: number): string {
  for (let k = start; k < end; k++) if (s.charCodeAt(k) === COLON) return localName(s, k + 1, end);
  const first = s.charCodeAt(start);
  if (end - start === 1) {
    if (first === 99) return "c";
    if (first === 118) return "v";
    if (first === 116) return "t";
    if (first === 102) return "f";
  } else if (end - start === 3 && first === 114 && s.startsWith("row", start)) return "row";
  else if (end - start === 2 && first === 105 && s.charCodeAt(start + 1) === 115) return "is";
  return s.slice(start, end);
}

export class XmlScanner {
  private buf = "";
  private readonly attributes = new XmlAttributes();
  private readonly open: string[] = [];
  private seenRoot = false;
  /** A comment, CDATA section or processing instruction whose end has not come yet. */
  private inside: { end: string; cdata: boolean } | null = null;
  /** The next < and & at or after the last place asked for, in the text being scanned (see `next`). */
  private ltAt = -1;
  private ampAt = -1;

  constructor(private readonly handler: XmlHandler) {}

  /** Feeds the next piece of the document. */
  write(chunk: string): void {
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    const used = this.scan(false);
    this.buf = used === this.buf.length ? "" : this.buf.slice(used);
  }

  /** The document is complete: throws if anything is left open. */
  end(): void {
    const used = this.scan(true);
    if (used < this.buf.length) throw new XmlError("the document ends inside a tag");
    this.buf = "";
    if (this.open.length > 0) throw new XmlError(`the document ends before </${this.open[this.open.length - 1]}>`);
    if (!this.seenRoot) throw new XmlError("the document has no element");
  }

  /** Reports every complete token in `buf`; gives how many characters were used. */
  private scan(final: boolean): number {
    const s = this.buf;
    this.ltAt = -1;
    this.ampAt = -1;
    const n = s.length;
    const h = this.handler;
    let i = 0;
    if (this.inside !== null) {
      // Resume the long markup a piece ago left open, holding on to nothing but a possible cut end.
      const { end, cdata } = this.inside;
      const at = s.indexOf(end);
      if (at < 0) {
        if (final) this.fail("a comment, CDATA section or processing instruction that does not end");
        const keep = Math.max(0, n - (end.length - 1));
        if (cdata && keep > 0) h.text(s.slice(0, keep));
        return keep;
      }
      if (cdata && at > 0) h.text(s.slice(0, at));
      this.inside = null;
      i = at + end.length;
    }
    while (i < n) {
      if (s.charCodeAt(i) !== LT) {
        const lt = s.indexOf("<", i);
        if (lt < 0) {
          if (!final) {
            // A long run of text with no tag yet: pass on what cannot end in a cut reference.
            // A reference is at most a dozen characters: an & further back has its ; already, or is an error.
            const amp = s.lastIndexOf("&");
            const safe = amp < i || amp < n - 32 ? n : amp;
            if (safe - i > 65536) {
              this.textOut(s.slice(i, safe));
              return safe;
            }
            return i;
          }
          this.textOut(s.slice(i));
          return n;
        }
        this.textOut(s.slice(i, lt));
        i = lt;
        continue;
      }
      if (i + 1 >= n) return final ? this.fail("a < at the end") : i;
      const next = s.charCodeAt(i + 1);
      if (next === 33 /* ! */) {
        if (s.startsWith("<!--", i)) {
          const end = s.indexOf("-->", i + 4);
          if (end < 0) return final ? this.fail("a comment that does not end") : this.leaveOpen(s, i + 4, "-->", false);
          i = end + 3;
        } else if (s.startsWith("<![CDATA[", i)) {
          if (this.open.length === 0) this.fail("text outside the document element");
          const end = s.indexOf("]]>", i + 9);
          if (end < 0) return final ? this.fail("a CDATA section that does not end") : this.leaveOpen(s, i + 9, "]]>", true);
          h.text(s.slice(i + 9, end));
          i = end + 3;
        } else if (n - i < 9 && !final) return i;
        else this.fail("a document type declaration or other markup an .xlsx part never holds");
        continue;
      }
      if (next === 63 /* ? */) {
        const end = s.indexOf("?>", i + 2);
        if (end < 0) return final ? this.fail("a processing instruction that does not end") : this.leaveOpen(s, i + 2, "?>", false);
        i = end + 2;
        continue;
      }
      if (next === SLASH) {
        const end = s.indexOf(">", i + 2);
        if (end < 0) return final ? this.fail("an end tag that does not close") : i;
        let nameEnd = end;
        while (nameEnd > i + 2 && isSpace(s.charCodeAt(nameEnd - 1))) nameEnd--;
        const name = localName(s, i + 2, nameEnd);
        const expected = this.open.pop();
        if (expected !== name) this.fail(`</${name}> where </${expected ?? "nothing"}> was due`);
        h.close(name);
        i = end + 1;
        continue;
      }
      const end = this.tag(s, i);
      if (end < 0) {
        if (final) this.fail("a tag that does not close");
        // A tag is held until it closes; none in a workbook comes near this.
        if (n - i > MAX_TAG) this.fail(`a tag of more than ${MAX_TAG} characters`);
        return i;
      }
      i = end;
    }
    return n;
  }

  /**
   * Markup from `from` whose `end` is not in the buffer yet: CDATA's text so far is passed
   * on, the rest dropped, so a long comment or CDATA section is never held whole (or
   * scanned again with every piece). Gives how much of the buffer is used.
   */
  private leaveOpen(s: string, from: number, end: string, cdata: boolean): number {
    this.inside = { end, cdata };
    const keep = Math.max(from, s.length - (end.length - 1));
    if (cdata && keep > from) this.handler.text(s.slice(from, keep));
    return keep;
  }

  private textOut(raw: string): void {
    if (raw.length === 0) return;
    if (this.open.length === 0) {
      // Between the declaration and the root only white space is allowed.
      for (let k = 0; k < raw.length; k++) if (!isSpace(raw.charCodeAt(k))) this.fail("text outside the document element");
      return;
    }
    this.handler.text(decodeEntities(raw));
  }

  /** A start or empty-element tag at `start`; gives the index after it, or −1 when it is not complete yet. */
  private tag(s: string, start: number): number {
    const n = s.length;
    let i = start + 1;
    while (i < n) {
      const c = s.charCodeAt(i);
      if (isSpace(c) || c === GT || c === SLASH) break;
      i++;
    }
    if (i >= n) return -1;
    if (i === start + 1) this.fail("a < that starts no tag");
    const nameEnd = i;
    const a = this.attributes;
    a.reset(s);
    for (;;) {
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const c = s.charCodeAt(i);
      if (c === GT || c === SLASH) {
        let selfClosing = false;
        if (c === SLASH) {
          if (i + 1 >= n) return -1;
          if (s.charCodeAt(i + 1) !== GT) this.fail("a / inside a tag");
          selfClosing = true;
          i++;
        }
        const name = localName(s, start + 1, nameEnd);
        if (this.open.length === 0) {
          if (this.seenRoot) this.fail("a second document element");
          this.seenRoot = true;
        }
        this.handler.open(name, a);
        if (selfClosing) this.handler.close(name);
        else this.open.push(name);
        return i + 1;
      }
      const nameStart = i;
      while (i < n) {
        const k = s.charCodeAt(i);
        if (k === EQ || isSpace(k) || k === GT || k === SLASH) break;
        i++;
      }
      if (i >= n) return -1;
      const attrNameEnd = i;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      if (s.charCodeAt(i) !== EQ) this.fail(`an attribute without a value in <${s.slice(start + 1, nameEnd)}>`);
      i++;
      while (i < n && isSpace(s.charCodeAt(i))) i++;
      if (i >= n) return -1;
      const quote = s.charCodeAt(i);
      if (quote !== QUOT && quote !== APOS) this.fail(`an attribute value without quotes in <${s.slice(start + 1, nameEnd)}>`);
      // The value's end and whether a < or an & comes before it, found by the engine's
      // own search (several times faster than a loop over the characters on these machines).
      const close = s.indexOf(quote === QUOT ? '"' : "'", i + 1);
      if (close < 0) return -1;
      if (this.next(s, LT, i + 1) < close) this.fail(`a < in an attribute value in <${s.slice(start + 1, nameEnd)}>`);
      const hasReference = this.next(s, AMP, i + 1) < close;
      // A reference that names nothing is an error now, as the document is read, not when asked for.
      if (hasReference) decodeEntities(s.slice(i + 1, close));
      a.add(nameStart, attrNameEnd, i + 1, close, hasReference);
      i = close + 1;
      const after = i < n ? s.charCodeAt(i) : -1;
      if (after >= 0 && !isSpace(after) && after !== GT && after !== SLASH)
        this.fail(`attributes without space between them in <${s.slice(start + 1, nameEnd)}>`);
      if (s.charCodeAt(nameStart) === COLON) this.fail(`an attribute name that starts with : in <${s.slice(start + 1, nameEnd)}>`);
    }
  }

  /** Where the next < or & is in `s` from `from` (Infinity when none), remembered while `s` is scanned. */
  private next(s: string, char: typeof LT | typeof AMP, from: number): number {
    if (char === LT) {
      if (this.ltAt < from) {
        const k = s.indexOf("<", from);
        this.ltAt = k < 0 ? Infinity : k;
      }
      return this.ltAt;
    }
    if (this.ampAt < from) {
      const k = s.indexOf("&", from);
      this.ampAt = k < 0 ? Infinity : k;
    }
    return this.ampAt;
  }

  private fail(why: string): never {
    throw new XmlError(`malformed XML: ${why}`);
  }
}
