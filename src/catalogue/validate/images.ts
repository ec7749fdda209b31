/**
 * Covers and images in the body: a raster file inside the practice's own
 * folder (never a path out of it, never a symbolic link), described, and
 * light and wide enough.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import sharp from 'sharp';
import { closestMatch } from '../closest-match.ts';
import type { Problem } from '../problem.ts';
import { showValue } from '../show-value.ts';
import type { BodyImage } from './body.ts';
import { localImagePathProblem } from './body-safety.ts';

/**
 * Raster formats only: an SVG is a document that can carry scripts and links,
 * and the build would copy it as it is.
 */
export const IMAGE_EXTENSIONS = /\.(jpe?g|png|webp|avif|gif)$/i;
const ALLOWED = '.jpg, .png, .webp or .avif';

/** Largest image file accepted: bigger files slow every build and every clone. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** Narrowest image accepted: covers span the page and go blurry below this on wide screens. */
export const MIN_IMAGE_WIDTH = 1200;
/**
 * Most pixels in an image (all frames of an animation together). A file can
 * be small and still decode to gigabytes: a 776 KB PNG of 16,000 × 16,000
 * pixels took the build 12 s and 1.9 GB. 40 megapixels is a large camera's photo.
 */
export const MAX_IMAGE_PIXELS = 40_000_000;

/** The format sharp must find in the file for each extension: the name must not lie about the content. */
const FORMAT_OF: Record<string, { format: string; compression?: string; name: string }> = {
  jpg: { format: 'jpeg', name: 'JPEG' },
  jpeg: { format: 'jpeg', name: 'JPEG' },
  png: { format: 'png', name: 'PNG' },
  webp: { format: 'webp', name: 'WebP' },
  // sharp reports AVIF as HEIF compressed with AV1.
  avif: { format: 'heif', compression: 'av1', name: 'AVIF' },
  gif: { format: 'gif', name: 'GIF' },
};

/** A file whose size and width are checked once all files have been read. */
export interface ImageCheck {
  target: string;
  shown: string;
  at: { file: string; line?: number | undefined; field: string };
  /** Covers are the page's hero and must meet the rules; body images get advice. */
  severity: 'error' | 'warning';
  what: string;
}

interface Place {
  /** The practice file. */
  path: string;
  slug: string;
  display: (p: string) => string;
}

/**
 * Where an image written as `src` lives, or what is wrong with it: the
 * resolved path must stay inside the practice's folder, be a regular file and
 * no symbolic link (nor reached through one), and be a raster image.
 */
function locate(src: string, { path, slug, display }: Place, label: string): { target: string } | { message: string } {
  const folder = dirname(path);
  const name = src.split(/[\\/]/).pop() ?? src;
  // The bundler reads "?raw", "?url" or "#…" as instructions, not as part of the name.
  const pathProblem = localImagePathProblem(src, label);
  if (pathProblem) return { message: pathProblem };
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('/') || src.startsWith('\\') || isAbsolute(src)) {
    return { message: `${label} is not a file beside the practice; put the image in the practice's folder and write "./${name}"` };
  }
  // The contract: `practices/<slug>.mdx` has no local files. Its folder is
  // every practice's, so a path from it could reach another practice's images.
  if (basename(path) !== 'index.mdx') {
    return { message: `${label}: a practice written as one file (${basename(path)}) cannot have images beside it; move it to ${display(join(folder, slug))}/index.mdx and put the image in that folder as "./${name}"` };
  }
  let target = resolve(folder, src);
  if (!existsSync(target)) {
    try {
      target = resolve(folder, decodeURI(src));
    } catch {
      /* not percent-encoded: keep the path as written */
    }
  }
  const inside = relative(folder, target);
  if (inside.startsWith('..') || isAbsolute(inside)) {
    return { message: `${label} is outside the practice's folder; copy the image into ${display(folder)}/ and write "./${name}"` };
  }
  if (!existsSync(target) && !isLink(target)) {
    const near = existsSync(dirname(target)) ? closestMatch(src.replace(/^\.\//, ''), readdirSync(dirname(target)).filter((f) => IMAGE_EXTENSIONS.test(f))) : undefined;
    return { message: `${label} does not exist beside the practice` + (near ? `; did you mean "./${near}"?` : `; add the image to ${display(folder)}/`) };
  }
  // A link, or a folder that is a link, could point anywhere on the machine that builds.
  if (isLink(target) || realpathSync(target) !== resolve(realpathSync(folder), inside)) {
    return { message: `${label} is a symbolic link; copy the image itself into ${display(folder)}/` };
  }
  if (!statSync(target).isFile()) {
    return { message: `${label} is a folder, not an image; write the path of the image file, such as "./${name}/photo.jpg"` };
  }
  if (!IMAGE_EXTENSIONS.test(target)) {
    return { message: `${label} is not an image; use a ${ALLOWED} file` };
  }
  if (!path.endsWith(`${sep}index.mdx`)) {
    // A single-file practice has no folder of its own for images.
    return { message: `a practice with images must be a folder: move it to practices/${slug}/index.mdx with ${label} beside it` };
  }
  return { target };
}

function isLink(target: string): boolean {
  try {
    return lstatSync(target).isSymbolicLink();
  } catch {
    return false;
  }
}

/** The cover: a problem now, or a file to measure later. */
export function checkCover(src: string, line: number | undefined, place: Place, problems: Problem[], checks: ImageCheck[]): void {
  const at = { file: place.display(place.path), line, field: 'cover.src' };
  const found = locate(src, place, showValue(src));
  if ('message' in found) problems.push({ ...at, severity: 'error', message: found.message });
  else checks.push({ target: found.target, shown: showValue(src), at, severity: 'error', what: 'a cover image' });
}

/** Body images: the file must be beside the practice and described; size and width are advice. */
export function checkBodyImages(images: BodyImage[], place: Place, problems: Problem[], checks: ImageCheck[]): void {
  const file = place.display(place.path);
  for (const { url, alt, line } of images) {
    const at = { file, line, field: 'body' };
    const shown = showValue(url);
    if (!alt.trim()) {
      problems.push({
        ...at,
        severity: 'error',
        message: `image ${shown} has no alt text; describe what it shows between the brackets, such as ![Chart of arrivals by year, 2015-2020](${url}), so that people who cannot see it get the same information`,
      });
    }
    // Images on the web are the author's to keep working (their scheme is checked with the body); only files here can be checked.
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    const found = locate(url, place, `image ${shown}`);
    if ('message' in found) {
      // "is not an image" for a linked document: say how to link it instead.
      const linkInstead = /is not an image; use/.test(found.message) ? `, and link other files with [text](${url})` : '';
      problems.push({ ...at, severity: 'error', message: found.message + linkInstead });
    } else checks.push({ target: found.target, shown: `image ${shown}`, at, severity: 'warning', what: 'an image in the text' });
  }
}

/** "7.3 MB", rounded up so a file just over the limit never reads as the limit itself. */
function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / (1024 * 1024)) * 10) / 10).toFixed(1)} MB`;
}

/** Runs tasks with at most `limit` at a time: thousands of images must not open thousands of files at once. */
async function inBatches<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

interface Measurement {
  bytes: number;
  width?: number | undefined;
  /** Width × height × frames, as sharp reads them from the header (nothing is decoded). */
  pixels?: number | undefined;
  /** What the file holds, as sharp reads it: `jpeg`, `png`, `svg`… */
  format?: string | undefined;
  compression?: string | undefined;
  unreadable?: string | undefined;
}

/** Weight and displayed width of an image file that is known to exist. */
async function measureImage(target: string): Promise<Measurement> {
  const bytes = statSync(target).size;
  try {
    // No pixel limit here: metadata reads the header only, and the limit is ours to report.
    const meta = await sharp(target, { limitInputPixels: false }).metadata();
    const pixels = (meta.width ?? 0) * (meta.pageHeight ?? meta.height ?? 0) * (meta.pages ?? 1);
    // A phone photo stored sideways is shown upright, so its displayed width is what counts.
    return { bytes, width: meta.autoOrient?.width ?? meta.width, pixels, format: meta.format, compression: meta.compression };
  } catch (error) {
    return { bytes, unreadable: (error as Error).message.split('\n')[0] };
  }
}

function imageProblems(check: ImageCheck, { bytes, width, pixels, format, compression, unreadable }: Measurement): Problem[] {
  const { shown, at, severity, what } = check;
  const problems: Problem[] = [];
  if (unreadable !== undefined) {
    problems.push({ ...at, severity: 'error', message: `${shown} cannot be read as an image (${unreadable}); save it again as a ${ALLOWED} file` });
  }
  const extension = /\.([a-z]+)$/i.exec(check.target)?.[1]?.toLowerCase() ?? '';
  const expected = FORMAT_OF[extension];
  if (unreadable === undefined && expected && (format !== expected.format || (expected.compression && compression !== expected.compression))) {
    const held = format === 'svg' ? 'an SVG document, which can carry scripts' : format === 'heif' && compression === 'av1' ? 'an AVIF image' : `${format === 'heif' ? 'a HEIF' : `a ${String(format).toUpperCase()}`} file`;
    problems.push({
      ...at,
      severity: 'error',
      message: `${shown} is named .${extension} but holds ${held}; only JPEG, PNG, WebP, AVIF and GIF images are published, named for what they hold: export it again as a ${expected.name} file`,
    });
    // The measurements below describe something that will not be published.
    return problems;
  }
  if (pixels !== undefined && pixels > MAX_IMAGE_PIXELS) {
    problems.push({
      ...at,
      severity: 'error',
      message: `${shown} has ${pixels.toLocaleString('en')} pixels; ${what} may have at most ${MAX_IMAGE_PIXELS.toLocaleString('en')} (the build decodes every one of them): export it again about 2,000 px wide`,
    });
  }
  if (bytes > MAX_IMAGE_BYTES) {
    problems.push({
      ...at,
      severity,
      message: `${shown} is ${megabytes(bytes)}; ${what} may be at most ${megabytes(MAX_IMAGE_BYTES)}: export it again as a JPEG or WebP about 2,000 px wide, which is usually well under 1 MB`,
    });
  }
  if (width !== undefined && width < MIN_IMAGE_WIDTH) {
    problems.push({
      ...at,
      severity,
      message: `${shown} is ${width.toLocaleString('en')} px wide; ${what} must be at least ${MIN_IMAGE_WIDTH.toLocaleString('en')} px wide to stay sharp on large screens: use a larger original`,
    });
  }
  return problems;
}

/** Measures every image once (an image used twice is read once) and reports each use at its own place, in the order found. */
export async function measuredImageProblems(checks: ImageCheck[]): Promise<Problem[]> {
  const measurements = new Map<string, Measurement>();
  await inBatches([...new Set(checks.map((c) => c.target))], 16, async (target) => {
    measurements.set(target, await measureImage(target));
  });
  return checks.flatMap((check) => imageProblems(check, measurements.get(check.target)!));
}
