/**
 * Test helper: zips written byte by byte, so a test can make one lie — a wrong
 * checksum, a size the data does not have, a part that is not there — which no
 * zip library writes on purpose.
 */
import { constants, crc32, deflateRawSync } from "node:zlib";

export interface RawEntry {
  name: string;
  data: Uint8Array | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /** The CRC-32 to write instead of the true one. */
  crc?: number;
  /** The uncompressed size to write instead of the true one. */
  size?: number;
  /** Sets the encryption flag. */
  encrypted?: boolean;
  /** Deflate level (default 6). */
  level?: number;
  /** Deflated bytes made elsewhere (`data` is then ignored; give `crc` and `size`). */
  packed?: Uint8Array;
}

/** A zip of the entries, in order, with local headers, a central directory and its end record. */
export function rawZip(entries: RawEntry[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const data = typeof e.data === "string" ? Buffer.from(e.data, "utf8") : Buffer.from(e.data);
    const method = e.method ?? 8;
    const packed = e.packed ? Buffer.from(e.packed) : method === 8 ? deflateRawSync(data, { level: e.level ?? 6 }) : data;
    const crc = (e.crc ?? crc32(data)) >>> 0;
    const size = e.size ?? data.length;
    const name = Buffer.from(e.name, "utf8");
    const flags = 0x0800 | (e.encrypted ? 1 : 0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, packed);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += 30 + name.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

/**
 * An inflation bomb made in milliseconds: `head`, then `body` repeated `times`, then
 * `tail`, deflated without ever holding the whole. Each piece is deflated on its own and
 * ends in a sync flush (byte-aligned, not final), so the pieces concatenate into one
 * valid stream; the CRC is computed piece by piece.
 */
export function repeatedPart(
  head: string,
  body: Buffer,
  times: number,
  tail: string,
  level = 9,
): { packed: Buffer; crc: number; size: number } {
  const piece = (b: Buffer) => deflateRawSync(b, { level, finishFlush: constants.Z_SYNC_FLUSH });
  const h = Buffer.from(head);
  const t = Buffer.from(tail);
  const repeated = piece(body);
  let crc = crc32(h);
  for (let i = 0; i < times; i++) crc = crc32(body, crc);
  crc = crc32(t, crc);
  const packed = Buffer.concat([piece(h), ...Array<Buffer>(times).fill(repeated), deflateRawSync(t)]);
  return { packed, crc: crc >>> 0, size: h.length + body.length * times + t.length };
}
