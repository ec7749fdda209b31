/**
 * Sets of practices as the search index stores them. A practice is a number
 * (its place in the index, newest first); a set is a bitset in memory, and in
 * the files whichever is shorter of a base64 bitset ("~…") and a list of gaps
 * in base 36 ("3,a,1…"): thousands of practices cost a few hundred bytes.
 */
export type DocSet = Uint32Array;

export function emptySet(size: number): DocSet {
  return new Uint32Array(Math.ceil(size / 32));
}

export function setOf(ids: Iterable<number>, size: number): DocSet {
  const set = emptySet(size);
  for (const id of ids) set[id >>> 5]! |= 1 << (id & 31);
  return set;
}

export function fullSet(size: number): DocSet {
  return setOf(Array.from({ length: size }, (_, i) => i), size);
}

export function has(set: DocSet, id: number): boolean {
  return ((set[id >>> 5] ?? 0) & (1 << (id & 31))) !== 0;
}

export function intersect(a: DocSet, b: DocSet): DocSet {
  const out = new Uint32Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i]! & (b[i] ?? 0);
  return out;
}

export function union(a: DocSet, b: DocSet): DocSet {
  const out = new Uint32Array(Math.max(a.length, b.length));
  for (let i = 0; i < out.length; i++) out[i] = (a[i] ?? 0) | (b[i] ?? 0);
  return out;
}

export function count(set: DocSet): number {
  let n = 0;
  for (let i = 0; i < set.length; i++) {
    let v = set[i]!;
    v -= (v >>> 1) & 0x55555555;
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    n += (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  }
  return n;
}

/** The members, in increasing order (newest practice first). */
export function members(set: DocSet): number[] {
  const out: number[] = [];
  for (let i = 0; i < set.length; i++) {
    let v = set[i]!;
    while (v !== 0) {
      const low = v & -v;
      out.push(i * 32 + 31 - Math.clz32(low));
      v ^= low;
    }
  }
  return out;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `ids` in increasing order, each below `size`. */
export function encodeSet(ids: readonly number[], size: number): string {
  let list = '';
  let last = -1;
  for (const id of ids) {
    list += (list ? ',' : '') + (id - last - 1).toString(36);
    last = id;
  }
  const bytes = new Uint8Array(Math.ceil(size / 8));
  for (const id of ids) bytes[id >>> 3]! |= 1 << (id & 7);
  const bits = `~${toBase64(bytes)}`;
  return bits.length < list.length ? bits : list;
}

export function decodeSet(encoded: string, size: number): DocSet {
  const set = emptySet(size);
  if (encoded.startsWith('~')) {
    const binary = atob(encoded.slice(1));
    for (let i = 0; i < binary.length; i++) {
      const byte = binary.charCodeAt(i);
      if (byte) set[i >>> 2]! |= byte << ((i & 3) * 8);
    }
    return set;
  }
  if (!encoded) return set;
  let id = -1;
  for (const gap of encoded.split(',')) {
    id += parseInt(gap, 36) + 1;
    if (id < size) set[id >>> 5]! |= 1 << (id & 31);
  }
  return set;
}
