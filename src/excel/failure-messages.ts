/**
 * What the person is told when Excel refuses a request: what happened and
 * what to do, as a ShownError the pane shows as it is. Errors written for
 * people already pass through unchanged; errors without an Office code are
 * faults in the add-in and stay as they are ("Något gick fel: …").
 */
import { workOf } from "../app/person-sheet-error";
import { ShownError } from "../app/shown-error";
import type { SheetPlan } from "../core/plan/sheet-plan";
import { PAYLOAD_ERROR_CODES } from "./chunk";
import { errorCode, failedObject } from "./office-error";

/** Excel refused a request; the message says why and what to do. */
export class ExcelRefusedError extends ShownError {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

const SHEET_OBJECTS = new Set(["Worksheet", "WorksheetCollection", "NamedItem", "NamedItemCollection"]);
const TABLE_OBJECTS = new Set(["Table", "TableCollection"]);

/**
 * A write failed because a sheet (or the add-in's name for one) was added,
 * removed or renamed since the sheets were listed: a sheet-name clash, not a
 * table's or anything else's. Hosts that do not say where it failed get no retry.
 */
export function isStaleListing(error: unknown): boolean {
  const code = errorCode(error);
  if (code !== "ItemAlreadyExists" && code !== "ItemNotFound") return false;
  return SHEET_OBJECTS.has(failedObject(error) ?? "");
}

const ACCESS_DENIED =
  "Excel tillät inte ändringen: arbetsboken är skrivskyddad, dess struktur är låst eller du får bara läsa den. " +
  "Ta bort skyddet (Granska › Skydda arbetsbok) eller be ägaren om redigeringsrätt, och försök igen.";
const AGAIN = "Försök igen. Om det händer igen: spara arbetsboken, stäng den, öppna den på nytt och försök en gång till.";

function quotedList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} eller ${names[names.length - 1]}`;
}

/** `error` from writing `plans`, as the person should read it. */
export function explainWriteError(error: unknown, plans: readonly SheetPlan[]): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  const work = workOf(plans);
  const object = failedObject(error);
  if (code === "ItemAlreadyExists" && TABLE_OBJECTS.has(object ?? "")) {
    const tables = plans.flatMap((p) => p.tables.map((t) => t.name));
    const added = plans.filter((p) => p.kind === "register").map((p) => p.name);
    return new ExcelRefusedError(
      [
        `Arbetsboken har redan en tabell som heter ${quotedList(tables)}, och Excel vill att varje tabell har ett eget namn, så skrivningen av ${work} blev inte klar.`,
        ...(added.length === 1 ? [`Ta bort fliken ${added[0]}, som inte blev klar.`] : []),
        ...(added.length > 1 ? [`Ta bort flikarna ${added.join(", ")}, som inte blev klara.`] : []),
        "Byt namn på den andra tabellen (klicka i den, Tabelldesign › Tabellnamn) och försök igen.",
      ].join(" "),
      code,
    );
  }
  if ((code === "ItemAlreadyExists" || code === "ItemNotFound") && SHEET_OBJECTS.has(object ?? "")) {
    return new ExcelRefusedError(
      `Någon annan lade till, tog bort eller bytte namn på en flik medan ${work} skrevs, så skrivningen blev inte klar. Försök igen.`,
      code,
    );
  }
  if (code === "AccessDenied") return new ExcelRefusedError(ACCESS_DENIED, code);
  if (PAYLOAD_ERROR_CODES.has(code)) {
    return new ExcelRefusedError(
      `Excel på webben tog inte emot ${work}: en del av skrivningen var större än de 5 MB som Excel på webben tar emot. Skapa ${work} i Excel för skrivbordet i stället.`,
      code,
    );
  }
  return new ExcelRefusedError(`Excel kunde inte skriva ${work} (felkod ${code}). ${AGAIN}`, code);
}

/** `error` from reading the workbook, as the person should read it. */
export function explainReadError(error: unknown): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  if (PAYLOAD_ERROR_CODES.has(code)) {
    return new ExcelRefusedError(
      "En rad i arbetsboken är större än de 5 MB som Excel på webben skickar på en gång, så arbetsboken kunde inte läsas. " +
        "Korta den långa texten i raden, eller öppna arbetsboken i Excel för skrivbordet, och försök igen.",
      code,
    );
  }
  if (code === "AccessDenied") return new ExcelRefusedError(ACCESS_DENIED, code);
  return new ExcelRefusedError(`Excel kunde inte läsa arbetsboken (felkod ${code}). ${AGAIN}`, code);
}

/** `error` from showing `cell` on `sheet` (a finding the person clicked). */
export function explainSelectError(error: unknown, sheet: string, cell: string): unknown {
  const code = errorCode(error);
  if (error instanceof ShownError || code === undefined) return error;
  if (code === "ItemNotFound") {
    return new ExcelRefusedError(
      `Fliken ${sheet} finns inte längre: den har tagits bort eller bytt namn. Kontrollera registret igen, så visar listan var felen finns nu.`,
      code,
    );
  }
  return new ExcelRefusedError(`Excel kunde inte visa cell ${cell} på fliken ${sheet} (felkod ${code}). ${AGAIN}`, code);
}
