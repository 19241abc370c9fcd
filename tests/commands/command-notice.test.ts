import { commandNotice, noticeLanguage } from "../../src/commands/command-notice";

describe("commandNotice: what a button tells the person afterwards", () => {
  it("says nothing when the sheet was written under its own name", () => {
    expect(commandNotice("checkRegister", { kind: "written", sheet: "Kontroll", renamed: [] }, "sv")).toBeNull();
    expect(commandNotice("makeCurrentReport", { kind: "written", sheet: "Rapport T3 2025", renamed: [] }, "en")).toBeNull();
  });

  it("names the sheet written instead when a person's sheet had the wanted name, and what to do about it", () => {
    const notice = commandNotice(
      "makeCurrentReport",
      {
        kind: "written",
        sheet: "Rapport T3 2025 (2)",
        renamed: [
          { wanted: "Rapport T3 2025", sheet: "Rapport T3 2025 (2)" },
          { wanted: "Kontroll", sheet: "Kontroll (2)" },
        ],
      },
      "sv",
    );
    expect(notice?.title).toBe("Tertialrapport");
    expect(notice?.message.split("\n")).toEqual([
      "Fliken Rapport T3 2025 är din egen, så rapporten skrevs till fliken Rapport T3 2025 (2).",
      "Fliken Kontroll är din egen, så resultatet skrevs till fliken Kontroll (2).",
      "Byt namn på din egen flik om tillägget ska skriva under det namnet nästa gång.",
    ]);
  });

  it("in a workbook that is no register, says which sheets are missing and how to make a register", () => {
    const notice = commandNotice("checkRegister", { kind: "not-register" }, "sv")!;
    expect(notice).toMatchObject({ title: "Kontrollera", lang: "sv" });
    expect(notice.message).toContain("inget löftesregister");
    expect(notice.message).toContain("Skapa register");
  });

  it("without a readable pledge, says what to fill in on Löfte", () => {
    expect(commandNotice("makeCurrentReport", { kind: "no-pledge" }, "sv")!.message).toMatch(/Fyll i Namn, Giltig från och Giltig till/);
  });

  it("when Excel is busy with a cell, says to press Enter", () => {
    expect(commandNotice("checkRegister", { kind: "excel-busy" }, "sv")!.message).toMatch(/Tryck Enter i cellen/);
  });

  it("an error written for the person is shown as it is", () => {
    const message = "Arbetsboken är skyddad. Ta bort skyddet och försök igen.";
    expect(commandNotice("checkRegister", { kind: "shown", message }, "sv")).toEqual({ title: "Kontrollera", message, lang: "sv" });
  });

  it("on any other failure, says what to try and gives the error's message on its own line", () => {
    const notice = commandNotice("makeCurrentReport", { kind: "failed", detail: "Payload too large" }, "sv")!;
    const [advice, detail] = notice.message.split("\n");
    expect(advice).toMatch(/^Det gick inte att skapa tertialrapporten\. Klicka igen/);
    expect(detail).toBe("Felmeddelande: Payload too large");
    expect(commandNotice("checkRegister", { kind: "failed", detail: "" }, "sv")!.message).not.toContain("\n");
  });

  it("speaks English when Office does, Swedish otherwise", () => {
    expect(noticeLanguage("en-US")).toBe("en");
    expect(noticeLanguage("sv-SE")).toBe("sv");
    expect(noticeLanguage(undefined)).toBe("sv");
    const notice = commandNotice("checkRegister", { kind: "not-register" }, noticeLanguage("en-GB"))!;
    expect(notice).toMatchObject({ title: "Check", lang: "en" });
    expect(notice.message).toMatch(/^This workbook is not a pledge register/);
  });
});
