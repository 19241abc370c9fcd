/**
 * What an OfficeExtension.Error says about a failed request: its `code`
 * ("ItemAlreadyExists") and, where the host tells, `debugInfo.errorLocation`,
 * the object type and member that failed ("WorksheetCollection.add",
 * "TableCollection.add"). Anything shaped like one is read the same way.
 */

/** The `code` of an OfficeExtension.Error, or undefined for other errors. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

/** `debugInfo.errorLocation` without an "Excel." prefix, or null when the host did not say. */
export function errorLocation(error: unknown): string | null {
  if (typeof error !== "object" || error === null || !("debugInfo" in error)) return null;
  const info = (error as { debugInfo: unknown }).debugInfo;
  if (typeof info !== "object" || info === null || !("errorLocation" in info)) return null;
  const where = (info as { errorLocation: unknown }).errorLocation;
  return typeof where === "string" && where !== "" ? where.replace(/^Excel\./, "") : null;
}

/** The object type of the location: "WorksheetCollection" for "WorksheetCollection.add". */
export function failedObject(error: unknown): string | null {
  return errorLocation(error)?.split(".")[0] ?? null;
}
