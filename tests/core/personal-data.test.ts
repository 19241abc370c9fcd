import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { findPersonalData, type PersonalDataKind } from "../../src/core/personal-data";
import { parseCorpus, scoreCorpus } from "../../src/core/personal-data/corpus-score";
import { luhnValid } from "../../src/core/personal-data/identity-number";

/** Appends the Luhn check digit to nine digits YYMMDDNNN. */
const withCheck = (nine: string): string => {
  const digit = [..."0123456789"].find((d) => luhnValid(nine + d));
  if (digit === undefined) throw new Error("unreachable");
  return nine + digit;
};
/** The same nine digits with a check digit that is wrong. */
const withWrongCheck = (nine: string): string => nine + String((Number(withCheck(nine).slice(-1)) + 1) % 10);

const kinds = (text: string): PersonalDataKind[] => findPersonalData(text).map((h) => h.kind);
const only = (text: string) => {
  const hits = findPersonalData(text);
  expect(hits).toHaveLength(1);
  return hits[0]!;
};

describe("personnummer", () => {
  const ten = withCheck("850709238"); // 850709-2388
  it.each([
    [`${ten.slice(0, 6)}-${ten.slice(6)}`, "YYMMDD-NNNN"],
    [`19${ten.slice(0, 6)}-${ten.slice(6)}`, "YYYYMMDD-NNNN"],
    [ten, "YYMMDDNNNN"],
    [`19${ten}`, "YYYYMMDDNNNN"],
    [`${ten.slice(0, 6)} ${ten.slice(6)}`, "YYMMDD NNNN"],
    [`19${ten.slice(0, 6)} ${ten.slice(6)}`, "YYYYMMDD NNNN"],
    ["121212-1212", "Skatteverket's example"],
    ["19121212-1212", "Skatteverket's example with century"],
  ])("finds %p (%s) and reports exactly where it is", (pnr) => {
    const text = `Deltagare ${pnr} ska strykas`;
    expect(only(text)).toEqual({ kind: "personnummer", start: 10, end: 10 + pnr.length, match: pnr });
  });

  it("finds a centenarian's number written with +", () => {
    const ten = withCheck("230412334");
    expect(kinds(`Gäst ${ten.slice(0, 6)}+${ten.slice(6)}`)).toEqual(["personnummer"]);
  });
  it("rejects + together with a century, which only the ten-digit spelling uses", () => {
    const ten = withCheck("230412334");
    expect(kinds(`Gäst 19${ten.slice(0, 6)}+${ten.slice(6)}`)).toEqual([]);
  });
  it("rejects a wrong check digit", () => {
    const bad = withWrongCheck("850709238");
    expect(kinds(`Pnr ${bad.slice(0, 6)}-${bad.slice(6)} och 19${bad}`)).toEqual([]);
  });
  it.each([
    ["month 13", "851309238"],
    ["month 00", "850009238"],
    ["day 32", "850732238"],
    ["day 00", "850700238"],
    ["31 April", "850431238"],
    ["29 February in a common year", "010229123"],
    ["day 92, past any coordination day", "850792238"],
  ])("rejects %s even with a valid check digit", (_, nine) => {
    const ten = withCheck(nine);
    expect(kinds(`${ten.slice(0, 6)}-${ten.slice(6)}`)).toEqual([]);
  });
  it("accepts 29 February in a leap year", () => {
    expect(kinds(`20${withCheck("000229115")}`)).toEqual(["personnummer"]);
  });
  it("does not take an organisation number for a personnummer: 66 is no month", () => {
    const org = withCheck("556677889");
    expect(luhnValid(org)).toBe(true);
    expect(kinds(`Org.nr ${org.slice(0, 6)}-${org.slice(6)}`)).toEqual([]);
    expect(kinds("Organisationsnummer 556677-8899")).toEqual([]);
  });
  it("ignores a number that passes the check but follows OCR, Faktura or Dnr", () => {
    const ten = withCheck("850709238");
    expect(kinds(ten)).toEqual(["personnummer"]);
    for (const word of ["OCR", "OCR-nummer:", "Faktura nr", "Fakturanr", "Dnr", "Bankgiro"]) {
      expect(kinds(`${word} ${ten}`)).toEqual([]);
    }
  });
  it("ignores digits glued to other digits or letters", () => {
    expect(kinds("ID 19121212-12123, A121212-1212, 2025-121212-1212")).toEqual([]);
  });
});

describe("samordningsnummer", () => {
  it.each(["61", "75", "91"])("reports day %s (day + 60) as a samordningsnummer", (day) => {
    const ten = withCheck(`9003${day}123`);
    expect(only(`Tolk ${ten.slice(0, 6)}-${ten.slice(6)}`).kind).toBe("samordningsnummer");
  });
  it("checks the real day behind day + 60: 89 is 29 February only in a leap year", () => {
    const dashed = (ten: string) => `${ten.slice(0, 6)}-${ten.slice(6)}`;
    expect(kinds(dashed(withCheck("000289014")))).toEqual(["samordningsnummer"]);
    expect(kinds(dashed(withCheck("010289014")))).toEqual([]);
    expect(kinds(dashed(withCheck("850491662")))).toEqual([]); // 31 April
  });
});

describe("phone numbers", () => {
  it.each([
    "070-123 45 67",
    "0701234567",
    "070 123 45 67",
    "070-1234567",
    "+46 70 123 45 67",
    "+46701234567",
    "0046 70-123 45 67",
    "013-20 60 00",
    "013-206000",
    "08-123 456 78",
    "08-12345678",
    "(013) 20 60 00",
    "031-123 45 67",
    "0771-23 45 67",
    "+46 13 20 60 00",
    "+46 (0)70-123 45 67",
    "013/20 60 00",
    "0120-123 45",
  ])("finds %p", (phone) => {
    expect(only(`Ring ${phone} i kväll`)).toEqual({ kind: "telefon", start: 5, end: 5 + phone.length, match: phone });
  });
  it("finds two numbers written with a slash between them", () => {
    expect(findPersonalData("070-123 45 67/073-765 43 21").map((h) => h.match)).toEqual(["070-123 45 67", "073-765 43 21"]);
  });
  it("leaves out a trailing group that makes the number too long", () => {
    expect(only("Ring 070-123 45 67 2 ggr i veckan").match).toBe("070-123 45 67");
  });
  it("reads ten bare digits starting 07 as a mobile number even when they pass as a personnummer", () => {
    const ten = withCheck("070115456");
    expect(kinds(ten)).toEqual(["telefon"]);
    expect(kinds(`${ten.slice(0, 6)}-${ten.slice(6)}`)).toEqual(["personnummer"]);
  });
  it.each([
    ["too short", "070-123 45"],
    ["a mobile one digit short", "070-12 34 56"],
    ["too long in one run", "0701234567890"],
    ["too long after the area code", "070-123456789"],
    ["a short number", "013-12 34"],
    ["all zeros", "0000000000"],
    ["an area code that does not exist", "05-1234 5678"],
    ["a two-digit area code that does not exist", "012-345 67 89"],
    ["a date with dashes", "01-02-2025"],
    ["a time span", "08:00-17:00"],
    ["a number inside a word", "SN0701234567"],
    ["a number in a web address", "www.example.se/bilder/0701234567.jpg"],
    ["an invoice number", "Fakturanr 0701234567"],
  ])("does not take %s for a phone number: %p", (_, text) => {
    expect(kinds(text)).toEqual([]);
  });
});

describe("e-mail addresses", () => {
  it.each([
    "anna.svensson@example.se",
    "kalle+abf@mail.liu.se",
    "åsa.öberg@abf.se",
    "EVA.LUND@EXAMPLE.SE",
    "sara_k@hotmail.com",
    "erik-johansson@yahoo.se",
    "noah2012@gmail.com",
    "jonas@fritid.linkoping.se",
  ])("finds %p", (email) => {
    expect(only(`Mejla ${email}.`)).toEqual({ kind: "e-post", start: 6, end: 6 + email.length, match: email });
  });
  it("reports an address made of a phone number once, as e-mail", () => {
    expect(kinds("Sms via 0701234567@sms.example.se")).toEqual(["e-post"]);
  });
  it.each(["anna@abf", "Skriv @abf på instagram", "kansli@ eller ring", "https://www.abf.se/kontakt", "anna..b@abf.se", "anna@abf.s1"])(
    "finds nothing in %p",
    (text) => expect(kinds(text)).toEqual([]),
  );
});

describe("look-alikes partners write every day", () => {
  it.each([
    "2025-03-14",
    "20250314",
    "2025-03-14–2025-03-20",
    "14:30-16:00",
    "1 200 kr",
    "12 500,50 kr",
    "3,5 %",
    "120 deltagare",
    "Å3",
    "I4",
    "POL",
    "T2 2025",
    "582 22",
    "58222 Linköping",
    "Faktura 2025-0042",
    "OCR 1234567890123",
    "556677-8899",
    "KS 2024-498",
    "2024–2025",
    "Deltagare födda 2012–2014, 14 tjejer",
    "Plusgiro 90 20 01-9",
    "Kommunkoder 0580 0581 0582",
    "Resultat 3-2",
    "Belopp 2 070 123 kr",
  ])("finds nothing in %p", (text) => expect(kinds(text)).toEqual([]));
});

describe("several hits", () => {
  it("returns hits in text order without overlaps", () => {
    const text = "Anna 070-111 22 33, anna@abf.se, pnr 121212-1212, Bo 013-20 60 00";
    expect(findPersonalData(text).map((h) => [h.kind, h.match])).toEqual([
      ["telefon", "070-111 22 33"],
      ["e-post", "anna@abf.se"],
      ["personnummer", "121212-1212"],
      ["telefon", "013-20 60 00"],
    ]);
  });
  it("keeps every hit in order, apart and equal to its slice of the text, whatever the text", () => {
    const unit = fc.constantFrom(..."0123456789 -+()@.:/,aåe\u2013".split(""), "070", "+46", "19", "@abf.se");
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 80 }), (text) => {
        const hits = findPersonalData(text);
        hits.forEach((h, i) => {
          expect(text.slice(h.start, h.end)).toBe(h.match);
          if (i > 0) expect(h.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("long hostile texts", () => {
  const n = 100_000;
  it.each([
    ["digits", "7".repeat(n), 0],
    ["zeros", "0".repeat(n), 0],
    ["digit groups", "0 12 ".repeat(n / 5), 0],
    ["dashes", "070-".repeat(n / 4), 0],
    ["a word without @", "a".repeat(n), 0],
    ["a long local part", `${"a.".repeat(n / 2)}@abf.se`, 0],
    ["many @", "a@".repeat(n / 2), 0],
    ["a long domain", `a@${"b.".repeat(n / 2)}`, 0],
    ["dates", "2025-03-14 ".repeat(n / 11), 0],
    ["phone numbers", "070-123 45 67 ".repeat(n / 14), Math.floor(n / 14)],
    ["addresses", "a@b.se ".repeat(n / 7), Math.floor(n / 7)],
  ])("copes with 100 000 characters of %s", (_, text, expected) => {
    expect(findPersonalData(text)).toHaveLength(expected);
  });
});

describe("the labelled corpus", () => {
  const corpus = parseCorpus(JSON.parse(readFileSync(join(__dirname, "../fixtures/personal-data-corpus.json"), "utf8")));
  it("holds at least 220 samples, with every kind and many look-alikes", () => {
    expect(corpus.length).toBeGreaterThanOrEqual(220);
    const count = (kind: PersonalDataKind) => corpus.flatMap((s) => s.expected).filter((k) => k === kind).length;
    expect(count("personnummer") + count("samordningsnummer")).toBeGreaterThanOrEqual(45);
    expect(count("telefon")).toBeGreaterThanOrEqual(50);
    expect(count("e-post")).toBeGreaterThanOrEqual(30);
    expect(corpus.filter((s) => s.expected.length === 0).length).toBeGreaterThanOrEqual(100);
  });
  it("is detected with precision and recall of at least 0.98", () => {
    const result = scoreCorpus(corpus);
    expect(result.precision).toBeGreaterThanOrEqual(0.98);
    expect(result.recall).toBeGreaterThanOrEqual(0.98);
  });
  it("counts a kind mix-up as one false positive and one false negative", () => {
    const result = scoreCorpus([{ text: "070-123 45 67", expected: ["personnummer"] }]);
    expect([result.tp, result.fp, result.fn]).toEqual([0, 1, 1]);
    expect(result.misses).toHaveLength(1);
  });
});
