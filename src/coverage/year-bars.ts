export interface YearBar {
  year: number;
  count: number;
  /** Left edge and width of the bar, top and height, in chart units. */
  x: number;
  width: number;
  y: number;
  height: number;
  /** Whether the year is written under the axis (every year when few, else the ones ending in 0 or 5). */
  labelled: boolean;
}

export interface YearChart {
  width: number;
  height: number;
  /** The baseline's y; year labels go below it. */
  baseline: number;
  bars: YearBar[];
}

/**
 * A bar chart of practices per year of start, in whole units so the SVG stays
 * small and crisp. Room is left above the bars for their counts and below the
 * baseline for the years.
 */
export function yearBars(years: readonly { year: number; count: number }[], width = 640, height = 200): YearChart {
  const top = 18;
  const baseline = height - 22;
  const max = Math.max(1, ...years.map((y) => y.count));
  const step = years.length ? width / years.length : width;
  const gap = Math.min(4, Math.floor(step / 4));
  const few = years.length <= 16;
  const bars = years.map(({ year, count }, i) => {
    const h = Math.round(((baseline - top) * count) / max);
    return {
      year,
      count,
      x: Math.round(i * step + gap / 2),
      width: Math.max(1, Math.round(step - gap)),
      y: baseline - h,
      height: h,
      labelled: few || year % 5 === 0,
    };
  });
  return { width, height, baseline, bars };
}
