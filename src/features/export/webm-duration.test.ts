import { describe, expect, it } from 'vitest';
import { injectDuration } from './webm-duration';

// A live WebM as MediaRecorder lays it out: EBML header, Segment of unknown size, Info, Tracks.
const EBML_HEADER = [0x1a, 0x45, 0xdf, 0xa3, 0x84, 0x42, 0x86, 0x81, 0x01];
const SEGMENT_UNKNOWN = [0x18, 0x53, 0x80, 0x67, 0x01, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
const TIMECODE_SCALE = [0x2a, 0xd7, 0xb1, 0x83, 0x0f, 0x42, 0x40]; // 1,000,000 ns
const MUXING_APP = [0x4d, 0x80, 0x84, 0x43, 0x68, 0x72, 0x6d]; // "Chrm"
const INFO = [
  0x15,
  0x49,
  0xa9,
  0x66,
  0x80 | (TIMECODE_SCALE.length + MUXING_APP.length),
  ...TIMECODE_SCALE,
  ...MUXING_APP,
];
const TRACKS = [0x16, 0x54, 0xae, 0x6b, 0x81, 0x00];

const file = (...parts: number[][]) => Uint8Array.from(parts.flat());

/** The Duration element's float inside Info, found by its ID. */
function durationOf(bytes: Uint8Array): number | null {
  for (let i = 0; i < bytes.length - 10; i += 1)
    if (bytes[i] === 0x44 && bytes[i + 1] === 0x89 && bytes[i + 2] === 0x88)
      return new DataView(bytes.buffer, bytes.byteOffset + i + 3, 8).getFloat64(0);
  return null;
}

describe('injectDuration', () => {
  it('writes the duration in milliseconds (TimecodeScale 1 ms) into Info and grows Info by it', () => {
    const input = file(EBML_HEADER, SEGMENT_UNKNOWN, INFO, TRACKS);
    const out = injectDuration(input, 12_345.5)!;
    expect(out).not.toBeNull();
    expect(durationOf(out)).toBe(12_345.5);
    // Info is now 8-byte sized and holds its old children plus the 11-byte Duration.
    const infoAt = EBML_HEADER.length + SEGMENT_UNKNOWN.length;
    expect([...out.subarray(infoAt, infoAt + 4)]).toEqual([0x15, 0x49, 0xa9, 0x66]);
    expect(out[infoAt + 4]).toBe(0x01);
    expect(out[infoAt + 11]).toBe(TIMECODE_SCALE.length + MUXING_APP.length + 11);
    // What follows Info is untouched.
    expect([...out.subarray(out.length - TRACKS.length)]).toEqual(TRACKS);
    expect(out.length).toBe(input.length - 1 + 8 + 11);
  });

  it('honours another TimecodeScale', () => {
    const scale = [0x2a, 0xd7, 0xb1, 0x83, 0x07, 0xa1, 0x20]; // 500,000 ns
    const info = [0x15, 0x49, 0xa9, 0x66, 0x80 | scale.length, ...scale];
    expect(durationOf(injectDuration(file(EBML_HEADER, SEGMENT_UNKNOWN, info), 1000)!)).toBe(2000);
  });

  it('leaves files it cannot patch safely alone', () => {
    const seekHead = [0x11, 0x4d, 0x9b, 0x74, 0x80];
    expect(injectDuration(file(EBML_HEADER, SEGMENT_UNKNOWN, seekHead, INFO), 1000)).toBeNull();
    const known = [0x18, 0x53, 0x80, 0x67, 0x80 | (INFO.length + TRACKS.length)];
    expect(injectDuration(file(EBML_HEADER, known, INFO, TRACKS), 1000)).toBeNull();
    const withDuration = injectDuration(file(EBML_HEADER, SEGMENT_UNKNOWN, INFO), 1000)!;
    expect(injectDuration(withDuration, 2000)).toBeNull();
    expect(injectDuration(Uint8Array.from([0x89, 0x50, 0x4e, 0x47]), 1000)).toBeNull();
  });
});
