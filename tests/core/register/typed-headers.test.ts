/**
 * The layout's headers are literal types: code that names a column the layout
 * does not declare does not compile (`npx tsc` runs over tests too, so the
 * `@ts-expect-error` lines below fail the build if a typo is ever accepted).
 */
import { str } from "../../../src/core/checks/context";
import type { Draft } from "../../../src/core/register/read-register";
import { INDIKATORER_TABLE, PARTER_TABLE, type Header, type RegisterHeader } from "../../../src/core/register/layout";

const row = { values: { Frekvens: "År" } } as unknown as Draft;

describe("the register's headers as types", () => {
  it("reads a declared column and refuses a misspelt one at compile time", () => {
    expect(str(row, "Frekvens")).toBe("År");
    // @ts-expect-error "Frekvense" is no column of the layout.
    expect(str(row, "Frekvense")).toBeUndefined();
  });

  it("derives each table's headers from its declaration, in order", () => {
    const partner: Header<typeof PARTER_TABLE>[] = PARTER_TABLE.columns.map((c) => c.header);
    expect(partner).toEqual(["Part-ID", "Namn", "Typ", "Flik", "Kontakt"]);
    // @ts-expect-error "Frekvens" is a column of Indikatorer, not of Parter.
    const wrong: Header<typeof PARTER_TABLE> = "Frekvens";
    const right: RegisterHeader = "Frekvens";
    expect([wrong, right]).toEqual(["Frekvens", "Frekvens"]);
    expect(INDIKATORER_TABLE.columns.map((c) => c.header)).toContain(right);
  });
});
