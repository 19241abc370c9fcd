/**
 * Stand-in for `office-addin-manifest` under jest: office-addin-mock imports
 * only the `OfficeApp` enum from it (to tell Outlook apart), while the real
 * package pulls in an ESM-only dependency (strip-bom) that jest cannot load.
 */
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
