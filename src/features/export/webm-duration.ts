/**
 * MediaRecorder writes a live WebM: no Duration in the Segment Info, so players show no length and
 * a <video> reports Infinity until it has read the whole file. This writes the Duration element
 * (EBML ID 0x4489, a float in TimecodeScale units) into Segment > Info once the length is known.
 * When the file is not laid out as expected (a SeekHead whose offsets would shift, a Duration
 * already there) the file is returned unchanged.
 */
const EBML = 0x1a45dfa3;
const SEGMENT = 0x18538067;
const SEEK_HEAD = 0x114d9b74;
const INFO = 0x1549a966;
const TIMECODE_SCALE = 0x2ad7b1;
const DURATION = 0x4489;

interface Vint {
  value: number;
  length: number;
  unknown: boolean;
}

/** An element ID keeps its length marker bits (1 to 4 bytes). */
function readId(bytes: Uint8Array, at: number): Vint | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (length > 4 || at + length > bytes.length) return null;
  let value = 0;
  for (let i = 0; i < length; i += 1) value = value * 256 + bytes[at + i]!;
  return { value, length, unknown: false };
}

/** A data size drops its marker; all value bits set means "unknown size" (live streams). */
function readSize(bytes: Uint8Array, at: number): Vint | null {
  const first = bytes[at];
  if (first === undefined || first === 0) return null;
  const length = Math.clz32(first) - 23;
  if (at + length > bytes.length) return null;
  let value = first & (0xff >> length);
  let allOnes = value === 0xff >> length;
  for (let i = 1; i < length; i += 1) {
    const byte = bytes[at + i]!;
    value = value * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { value, length, unknown: allOnes };
}

function readUint(bytes: Uint8Array, at: number, length: number): number {
  let value = 0;
  for (let i = 0; i < length; i += 1) value = value * 256 + bytes[at + i]!;
  return value;
}

/** The bytes with a Duration of `durationMs` in Segment > Info, or null when it cannot be placed. */
export function injectDuration(bytes: Uint8Array, durationMs: number): Uint8Array | null {
  const ebml = readId(bytes, 0);
  const ebmlSize = ebml && readSize(bytes, ebml.length);
  if (!ebml || !ebmlSize || ebml.value !== EBML) return null;
  let at = ebml.length + ebmlSize.length + ebmlSize.value;
  const segment = readId(bytes, at);
  const segmentSize = segment && readSize(bytes, at + segment.length);
  // A Segment of known size would need its size rewritten too; MediaRecorder writes 'unknown'.
  if (!segment || !segmentSize || segment.value !== SEGMENT || !segmentSize.unknown) return null;
  at += segment.length + segmentSize.length;
  // The children of the Segment until Info: a SeekHead would hold offsets that this insertion moves.
  for (;;) {
    const id = readId(bytes, at);
    const size = id && readSize(bytes, at + id.length);
    if (!id || !size || size.unknown || id.value === SEEK_HEAD) return null;
    const dataAt = at + id.length + size.length;
    if (id.value !== INFO) {
      at = dataAt + size.value;
      continue;
    }
    const end = dataAt + size.value;
    if (end > bytes.length) return null;
    let scale = 1_000_000;
    for (let child = dataAt; child < end;) {
      const cid = readId(bytes, child);
      const csize = cid && readSize(bytes, child + cid.length);
      if (!cid || !csize) return null;
      const cdata = child + cid.length + csize.length;
      if (cid.value === DURATION) return null;
      if (cid.value === TIMECODE_SCALE) scale = readUint(bytes, cdata, csize.value) || scale;
      child = cdata + csize.value;
    }
    const duration = new Uint8Array(11);
    duration.set([0x44, 0x89, 0x88]);
    new DataView(duration.buffer).setFloat64(3, (durationMs * 1_000_000) / scale);
    // Info's new size, written on 8 bytes (0x01 marker + 7 bytes) whatever the old width was.
    const newSize = size.value + duration.length;
    const sizeBytes = new Uint8Array(8);
    sizeBytes[0] = 0x01;
    for (let i = 7, rest = newSize; i >= 1; i -= 1, rest = Math.floor(rest / 256)) sizeBytes[i] = rest % 256;
    const result = new Uint8Array(bytes.length - size.length + sizeBytes.length + duration.length);
    let out = 0;
    const put = (part: Uint8Array) => {
      result.set(part, out);
      out += part.length;
    };
    put(bytes.subarray(0, at + id.length));
    put(sizeBytes);
    put(bytes.subarray(dataAt, end));
    put(duration);
    put(bytes.subarray(end));
    return result;
  }
}

/** The recording with its duration written in, or unchanged when the layout is unexpected. */
export async function withWebmDuration(blob: Blob, durationMs: number): Promise<Blob> {
  const head = new Uint8Array(await blob.slice(0, 64 * 1024).arrayBuffer());
  const patched = injectDuration(head, durationMs);
  if (!patched) return blob;
  return new Blob([patched as BlobPart, blob.slice(head.length)], { type: blob.type });
}
