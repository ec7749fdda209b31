/** Round numbers a legend reads easily. */
const NICE = [1, 2, 3, 5, 10, 20, 30, 50, 100, 200, 300, 500, 1000, 2000, 3000, 5000, 10000];

/**
 * The lower bounds of the map's shades for counts up to `max`: at most four
 * classes, each starting at a round number and spread geometrically, so the
 * legend fits a handful of practices as well as thousands. `[1, 2, 3]` for a
 * maximum of 3; `[1, 5, 10, 50]` for 100.
 */
export function shadeClasses(max: number): number[] {
  if (max < 1) return [1];
  const nice = (x: number) => NICE.find((n) => n >= x) ?? NICE[NICE.length - 1]!;
  const bounds = [1, nice(max ** 0.25), nice(max ** 0.5), nice(max ** 0.75)];
  return [...new Set(bounds.filter((b) => b <= max))];
}

/** The shade of a count, 0 for none, else 1 to the number of classes. */
export function shadeOf(count: number, classes: readonly number[]): number {
  let shade = 0;
  classes.forEach((lower, i) => {
    if (count >= lower) shade = i + 1;
  });
  return shade;
}

/** Each class as a range: `{ from: 2, to: 4 }`, the last one open (`to` undefined). */
export function shadeRanges(classes: readonly number[]): { from: number; to: number | undefined }[] {
  return classes.map((from, i) => ({ from, to: classes[i + 1] === undefined ? undefined : classes[i + 1]! - 1 }));
}
