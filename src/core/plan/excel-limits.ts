/**
 * What Excel allows on one worksheet, where a plan could go past it. Plans
 * keep inside these and the adapters never write more, so a file never needs
 * Excel's repair and an Office.js write is never refused for it.
 */

/** Hyperlinks a worksheet may hold (Excel's specifications and limits: 65 530). */
export const MAX_LINKS_PER_SHEET = 65_530;
