import { describe, expect, it } from 'vitest';
import { releaseMemory } from '../../src/publishing/integrations/release-memory.ts';

describe('releaseMemory (before Pagefind indexes a build)', () => {
  it('hands garbage back to the system and leaves no gc() behind', () => {
    // About 300 MB of small objects, as rendering leaves them: reachable, then garbage.
    let garbage: string[][] | undefined = Array.from({ length: 3000 }, (_, i) => Array.from({ length: 1000 }, (_, j) => `${i}:${j}:`.padEnd(48, 'x')));
    expect(garbage.length).toBe(3000);
    garbage = undefined;
    const { before, after } = releaseMemory();
    expect(before).toBeGreaterThan(0);
    // Resident memory falls by most of what was freed.
    expect(before - after).toBeGreaterThan(150 * 1024 ** 2);
    expect((globalThis as { gc?: unknown }).gc).toBeUndefined();
  });
});
