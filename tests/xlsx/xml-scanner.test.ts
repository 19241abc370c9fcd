import fc from "fast-check";
import { XmlError, XmlScanner } from "../../src/xlsx/xml-scanner";

/** The scanner's events as text, the document fed in the given pieces. */
function events(pieces: string[]): string[] {
  const out: string[] = [];
  let text = "";
  const flush = () => {
    if (text !== "") out.push(`text ${JSON.stringify(text)}`);
    text = "";
  };
  const scanner = new XmlScanner({
    open(name, a) {
      flush();
      const attrs = Array.from({ length: a.count }, (_, i) => `${a.name(i)}=${JSON.stringify(a.value(i))}`);
      out.push(`open ${name}${attrs.length ? ` ${attrs.join(" ")}` : ""}`);
    },
    close(name) {
      flush();
      out.push(`close ${name}`);
    },
    text(t) {
      text += t;
    },
  });
  for (const p of pieces) scanner.write(p);
  scanner.end();
  flush();
  return out;
}

const DOC =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<!-- a comment with <tags> -->' +
  '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="rel">' +
  '<x:sheetData><x:row r=\'1\' spans="1:2"><x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> &lt;&amp;&gt;&quot;&apos; &#228;&#xE5;&#x1F600; </x:t></x:is></x:c>' +
  '<x:c r="B1" s="2"><x:v>1.5</x:v></x:c><x:c r="C1"><x:f>IF(A1&gt;1,"a&amp;b","")</x:f><x:v><![CDATA[x<y]]></x:v></x:c></x:row>' +
  '<x:row r="2"/></x:sheetData><x:conditionalFormatting><x:cfRule formula="A1&gt;=100" op=\'>\'/></x:conditionalFormatting>' +
  "<?pi inside?></x:worksheet>\n";

describe("XmlScanner", () => {
  it("gives elements by local name, attributes and decoded text", () => {
    expect(events([DOC])).toEqual([
      'open worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="rel"',
      "open sheetData",
      'open row r="1" spans="1:2"',
      'open c r="A1" t="inlineStr"',
      "open is",
      'open t xml:space="preserve"',
      `text ${JSON.stringify(" <&>\"' äå😀 ")}`,
      "close t",
      "close is",
      "close c",
      'open c r="B1" s="2"',
      "open v",
      'text "1.5"',
      "close v",
      "close c",
      'open c r="C1"',
      "open f",
      'text "IF(A1>1,\\"a&b\\",\\"\\")"',
      "close f",
      "open v",
      'text "x<y"',
      "close v",
      "close c",
      "close row",
      'open row r="2"',
      "close row",
      "close sheetData",
      "open conditionalFormatting",
      'open cfRule formula="A1>=100" op=">"',
      "close cfRule",
      "close conditionalFormatting",
      "close worksheet",
    ]);
  });

  it("gives the same events however the document is cut into pieces", () => {
    const whole = events([DOC]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: DOC.length - 1 }), { maxLength: 30 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), DOC.length];
        const pieces = at.slice(1).map((end, i) => DOC.slice(at[i], end));
        expect(events(pieces)).toEqual(whole);
      }),
      { numRuns: 300, seed: 11 },
    );
    expect(events([...DOC])).toEqual(whole);
  });

  it("passes a very long text on in pieces without cutting a reference", () => {
    const long = "&amp;".repeat(30000) + "x".repeat(70000);
    const out = events([`<t>${long.slice(0, 100001)}`, `${long.slice(100001)}</t>`]);
    expect(out).toEqual(["open t", `text ${JSON.stringify("&".repeat(30000) + "x".repeat(70000))}`, "close t"]);
  });

  it("reads long comments and CDATA sections piece by piece, never holding or rescanning them whole", () => {
    const filler = "0123456789abcdef".repeat(1 << 16); // 1 MB a piece
    const pieces = ["<a><!--", ...Array<string>(30).fill(filler), "--><![CDATA[", ...Array<string>(30).fill(filler), "]]></a>"];
    const t0 = Date.now();
    const out = events(pieces);
    expect(Date.now() - t0).toBeLessThan(5_000);
    expect(out).toHaveLength(3);
    expect(out[1]!.length).toBe(30 * filler.length + 'text ""'.length);
  });

  it("refuses a start tag longer than a megabyte instead of holding it", () => {
    expect(() => events(['<a b="', "x".repeat(1 << 20), "x".repeat(1 << 20), '"/>'])).toThrow(/a tag of more than/);
  });

  it.each([
    ["a mismatched end tag", "<a><b></a></b>"],
    ["an element left open", "<a><b></b>"],
    ["an unknown entity", "<a>&nbsp;</a>"],
    ["an & that starts no reference", "<a>fish & chips</a>"],
    ["a reference to no character", "<a>&#0;</a>"],
    ["a surrogate reference", "<a>&#xD800;</a>"],
    ["a document type declaration", '<!DOCTYPE a [<!ENTITY e "eeee">]><a>&e;</a>'],
    ["text outside the root", "<a/>tail"],
    ["a second root", "<a/><b/>"],
    ["no element at all", "   "],
    ["an attribute without quotes", "<a b=1/>"],
    ["an attribute without a value", "<a b/>"],
    ["a < in an attribute", '<a b="<"/>'],
    ["a tag cut off", '<a><b c="1"'],
    ["a comment cut off", "<a><!-- no end</a>"],
    ["attributes run together", '<a b="1"c="2"/>'],
  ])("refuses %s", (_what, xml) => {
    expect(() => events([xml])).toThrow(XmlError);
  });
});
