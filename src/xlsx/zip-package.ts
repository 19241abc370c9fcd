/**
 * The parts of an .xlsx package (a zip) for reading, one at a time, checked:
 * yauzl reads the central directory and the local headers (ZIP64, file name
 * encodings, sizes that point outside the file); every part is then unpacked
 * with node's zlib as a stream, its size held to the size the directory states
 * and to `READ_LIMITS`, and its CRC-32 compared, which yauzl leaves to its
 * callers. A part that unpacks to far more than any workbook does is refused
 * before it is unpacked (an inflation bomb).
 *
 * Why yauzl: a well-kept reader of the zip structure with no dependencies of
 * its own beyond one tiny module, tested against malformed archives for years;
 * the unpacking stays ours so that sizes and checksums are checked as the
 * bytes arrive and memory holds one piece of one part at a time.
 */
import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";
import { fromBufferPromise, type Entry, type ZipFile } from "yauzl";
import { PartError } from "./errors";
import { READ_LIMITS } from "./read-limits";

export interface ZipPackage {
  /** True when the package holds the part (names compare case-insensitively, as OPC says). */
  has(path: string): boolean;
  /** Every part's name, in the archive's order. */
  paths(): string[];
  /** Unpacks `path` and passes its text, in pieces, to `sink`; throws `PartError`. */
  readText(path: string, sink: (text: string) => void): Promise<void>;
  close(): void;
}

/** Opens the zip; null when the bytes are not a zip at all. */
export async function openZipPackage(bytes: Buffer): Promise<ZipPackage | null> {
  let zip: ZipFile;
  const entries = new Map<string, Entry>();
  const order: string[] = [];
  try {
    zip = await fromBufferPromise(bytes, { lazyEntries: true, autoClose: false, decodeStrings: true, validateEntrySizes: true });
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName.endsWith("/")) continue;
      const key = entry.fileName.toLowerCase();
      if (!entries.has(key)) {
        entries.set(key, entry);
        order.push(entry.fileName);
      }
    }
  } catch {
    return null;
  }
  let unpacked = 0;
  return {
    has: (path) => entries.has(path.toLowerCase()),
    paths: () => [...order],
    close: () => zip.close(),
    async readText(path, sink) {
      const entry = entries.get(path.toLowerCase());
      if (!entry) throw new PartError(path, { kind: "missing" });
      if (entry.isEncrypted()) throw new PartError(path, { kind: "encrypted" });
      if (entry.compressionMethod !== 0 && entry.compressionMethod !== 8)
        throw new PartError(path, { kind: "compression", method: entry.compressionMethod });
      const size = entry.uncompressedSize;
      if (size > READ_LIMITS.partBytes) throw new PartError(path, { kind: "too-large", bytes: size, limit: READ_LIMITS.partBytes });
      if (size > READ_LIMITS.bombFloorBytes && size > READ_LIMITS.bombRatio * Math.max(1, entry.compressedSize))
        throw new PartError(path, { kind: "bomb", bytes: size, packed: entry.compressedSize });
      if (unpacked + size > READ_LIMITS.totalBytes)
        throw new PartError(path, { kind: "too-large", bytes: unpacked + size, limit: READ_LIMITS.totalBytes });
      unpacked += size;
      let start: number;
      try {
        start = (await zip.readLocalFileHeaderPromise(entry, { minimal: true })).fileDataStart;
      } catch (cause) {
        throw new PartError(path, { kind: "damaged", damage: { kind: "local-header" } }, { cause });
      }
      const packed = bytes.subarray(start, start + entry.compressedSize);
      if (packed.length !== entry.compressedSize) throw new PartError(path, { kind: "damaged", damage: { kind: "ends-inside" } });
      await unpack(path, entry, packed, sink);
    },
  };
}

/** Parts up to this size are unpacked in one call; larger ones as a stream, a piece at a time. */
const SYNC_BYTES = 64 * 1024 * 1024;
const PIECE_BYTES = 1024 * 1024;

async function unpack(path: string, entry: Entry, packed: Buffer, sink: (text: string) => void): Promise<void> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let crc = 0;
  let length = 0;
  const take = (chunk: Buffer) => {
    length += chunk.length;
    if (length > entry.uncompressedSize) throw new PartError(path, { kind: "damaged", damage: { kind: "larger-than-stated" } });
    crc = crc32(chunk, crc);
    let text: string;
    try {
      text = decoder.decode(chunk, { stream: true });
    } catch (cause) {
      throw new PartError(path, { kind: "damaged", damage: { kind: "not-utf8" } }, { cause });
    }
    if (text.length > 0) sink(text);
  };
  if (entry.compressionMethod === 0) take(packed);
  else if (entry.uncompressedSize <= SYNC_BYTES) {
    // Unpacked at once, then passed on in pieces: the stream below waits on the thread pool
    // for every piece, which on a busy machine cost 30 s of waiting for 4 s of work.
    let data: Buffer;
    try {
      data = inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch (cause) {
      const code = (cause as { code?: unknown }).code;
      if (code === "ERR_BUFFER_TOO_LARGE")
        throw new PartError(path, { kind: "damaged", damage: { kind: "larger-than-stated" } }, { cause });
      throw new PartError(path, { kind: "damaged", damage: { kind: "inflate" } }, { cause });
    }
    for (let at = 0; at < data.length; at += PIECE_BYTES) take(data.subarray(at, at + PIECE_BYTES));
  } else {
    const inflate = createInflateRaw({ chunkSize: PIECE_BYTES });
    inflate.end(packed);
    try {
      for await (const chunk of inflate) take(chunk as Buffer);
    } catch (cause) {
      inflate.destroy();
      // zlib's own errors (Z_DATA_ERROR, Z_BUF_ERROR…) mean damaged data; the sink's are passed on.
      const code = (cause as { code?: unknown }).code;
      if (typeof code === "string" && code.startsWith("Z_"))
        throw new PartError(path, { kind: "damaged", damage: { kind: "inflate" } }, { cause });
      throw cause;
    }
  }
  if (length !== entry.uncompressedSize) throw new PartError(path, { kind: "damaged", damage: { kind: "smaller-than-stated" } });
  if (crc >>> 0 !== entry.crc32 >>> 0) throw new PartError(path, { kind: "damaged", damage: { kind: "checksum" } });
  const rest = decoder.decode();
  if (rest.length > 0) sink(rest);
}
