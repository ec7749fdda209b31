import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, describe, expect, it } from 'vitest';
import { practiceFileText, type ScaffoldInput } from '../../src/editor/scaffold-practice.ts';
import { MAX_IMAGE_BYTES, MIN_IMAGE_WIDTH, validatePractices } from '../../src/catalogue/validate-practices.ts';
import type { Problem } from '../../src/catalogue/problem.ts';
import { scaffoldInput, withSources } from '../support/practice-entry.ts';

const temps: string[] = [];
afterAll(() => temps.forEach((d) => rmSync(d, { recursive: true, force: true })));

const base: ScaffoldInput = scaffoldInput();

function jpeg(width: number, height = Math.round(width / 2)) {
  return sharp({ create: { width, height, channels: 3, background: '#3a7' } }).jpeg({ quality: 60 });
}

/**
 * One practice with images beside it; `cover` is added to the frontmatter and
 * `body` appended after the scaffold's sections.
 */
async function practice(options: { cover?: string; body?: string; images?: Record<string, (file: string) => Promise<unknown>> }) {
  const root = mkdtempSync(join(tmpdir(), 'atlas-images-'));
  temps.push(root);
  const folder = join(root, 'practices', 'desk');
  mkdirSync(folder, { recursive: true });
  for (const [name, make] of Object.entries(options.images ?? {})) await make(join(folder, name));
  let text = withSources(practiceFileText(base));
  if (options.cover) text = text.replace('publishedAt:', `cover: { src: "${options.cover}", alt: "Workers at the desk" }\npublishedAt:`);
  writeFileSync(join(folder, 'index.mdx'), text + (options.body ? `\n${options.body}\n` : ''));
  const { problems } = await validatePractices({ dir: join(root, 'practices') });
  return problems.map(({ line, field, severity, message }: Problem) => ({ line, field, severity, message }));
}

/** A JPEG of the given width padded past the size limit; decoders ignore bytes after the image. */
const heavy = (width: number) => async (file: string) => {
  await jpeg(width).toFile(file);
  appendFileSync(file, Buffer.alloc(MAX_IMAGE_BYTES + 1024));
};

describe('cover image', () => {
  // `cover` is written where `publishedAt` was.
  const COVER = withSources(practiceFileText(base)).split('\n').findIndex((l) => l.startsWith('publishedAt:')) + 1;

  it('accepts a cover at least 1,200 px wide and under 5 MB', async () => {
    expect(await practice({ cover: './cover.jpg', images: { 'cover.jpg': (f) => jpeg(MIN_IMAGE_WIDTH).toFile(f) } })).toEqual([]);
  });

  it('is an error when narrower than 1,200 px', async () => {
    expect(await practice({ cover: './cover.jpg', images: { 'cover.jpg': (f) => jpeg(800).toFile(f) } })).toEqual([
      {
        line: COVER,
        field: 'cover.src',
        severity: 'error',
        message: '"./cover.jpg" is 800 px wide; a cover image must be at least 1,200 px wide to stay sharp on large screens: use a larger original',
      },
    ]);
  });

  it('is an error when over 5 MB', async () => {
    const problems = await practice({ cover: './cover.jpg', images: { 'cover.jpg': heavy(1600) } });
    expect(problems).toEqual([
      {
        line: COVER,
        field: 'cover.src',
        severity: 'error',
        message: expect.stringMatching(/^"\.\/cover\.jpg" is 5\.1 MB; a cover image may be at most 5\.0 MB: export it again as a JPEG or WebP/),
      },
    ]);
  });

  it('measures a photo stored sideways by the width it is shown at', async () => {
    // Stored 1000 × 1400 with "rotate 90°": shown 1400 px wide.
    const sideways = (f: string) =>
      sharp({ create: { width: 1000, height: 1400, channels: 3, background: '#777' } })
        .jpeg()
        .withMetadata({ orientation: 6 })
        .toFile(f);
    expect(await practice({ cover: './cover.jpg', images: { 'cover.jpg': sideways } })).toEqual([]);
  });

  it('refuses a vector image, which can carry scripts', async () => {
    const svg = (f: string) => Promise.resolve(writeFileSync(f, '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50"><script>alert(1)</script></svg>'));
    expect(await practice({ cover: './cover.svg', images: { 'cover.svg': svg } })).toMatchInlineSnapshot(`
      [
        {
          "field": undefined,
          "line": undefined,
          "message": "is an SVG, which can carry scripts, and content may hold none: export it as a .png or .webp image, or remove it",
          "severity": "error",
        },
        {
          "field": "cover.src",
          "line": 12,
          "message": ""./cover.svg" is an SVG, which can carry scripts; export it as a .png or .webp image",
          "severity": "error",
        },
      ]
    `);
  });

  it('accepts each raster format under its own extension, and refuses a file whose content is not what its name says (issue 19)', async () => {
    const image = sharp({ create: { width: MIN_IMAGE_WIDTH, height: 600, channels: 3, background: '#3a7' } });
    const as = (format: 'png' | 'webp' | 'avif' | 'gif') => (f: string) => image.clone().toFormat(format).toFile(f);
    for (const format of ['png', 'webp', 'avif', 'gif'] as const) {
      expect(await practice({ cover: `./cover.${format}`, images: { [`cover.${format}`]: as(format) } }), format).toEqual([]);
    }
    expect((await practice({ cover: './cover.png', images: { 'cover.png': (f) => jpeg(MIN_IMAGE_WIDTH).toFile(f) } })).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        ""./cover.png" is named .png but holds a JPEG file; only JPEG, PNG, WebP, AVIF and GIF images are published, named for what they hold: export it again as a PNG file",
      ]
    `);
    expect((await practice({ cover: './cover.webp', images: { 'cover.webp': as('gif') } })).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        ""./cover.webp" is named .webp but holds a GIF file; only JPEG, PNG, WebP, AVIF and GIF images are published, named for what they hold: export it again as a WebP file",
      ]
    `);
  });

  it('refuses more than 40 million pixels, read from the header, whatever the file weighs (issue 19)', async () => {
    // 8,000 × 5,000 is 40 million: allowed; one more row is not. A flat colour keeps the file small.
    const flat = (width: number, height: number) => (f: string) => sharp({ create: { width, height, channels: 3, background: '#3a7' } }).png({ compressionLevel: 9 }).toFile(f);
    expect(await practice({ cover: './cover.png', images: { 'cover.png': flat(8000, 5000) } })).toEqual([]);
    expect((await practice({ cover: './cover.png', images: { 'cover.png': flat(8000, 5001) } })).map((p) => p.message)).toMatchInlineSnapshot(`
      [
        ""./cover.png" has 40,008,000 pixels; a cover image may have at most 40,000,000 (the build decodes every one of them): export it again about 2,000 px wide",
      ]
    `);
  });

  it('is an error when the file is not a readable image', async () => {
    const fake = (f: string) => Promise.resolve(writeFileSync(f, 'not really a JPEG'));
    const [problem] = await practice({ cover: './cover.jpg', images: { 'cover.jpg': fake } });
    expect(problem).toMatchObject({ field: 'cover.src', severity: 'error', message: expect.stringMatching(/^"\.\/cover\.jpg" cannot be read as an image/) });
  });

  it('keeps the existing rule for a missing cover', async () => {
    expect(await practice({ cover: './cover.jpg', images: { 'covers.jpg': (f) => jpeg(1600).toFile(f) } })).toEqual([
      { line: COVER, field: 'cover.src', severity: 'error', message: '"./cover.jpg" does not exist beside the practice; did you mean "./covers.jpg"?' },
    ]);
  });
});

describe('images in the body', () => {
  // First line of the appended body, after the scaffold's sections and a blank line.
  const LINE = withSources(practiceFileText(base)).split('\n').length + 1;

  it('accepts described images that exist, are wide enough and light enough', async () => {
    const body = '![Workers queue at the desk in Freetown](./desk.jpg)\n\nSee ![The desk][desk-photo].\n\n[desk-photo]: ./desk.jpg';
    expect(await practice({ body, images: { 'desk.jpg': (f) => jpeg(1600).toFile(f) } })).toEqual([]);
  });

  it('is an error when the image is missing, with the closest file suggested', async () => {
    expect(await practice({ body: '![A chart of arrivals](./chart.png)', images: { 'chart.jpg': (f) => jpeg(1600).toFile(f) } })).toEqual([
      { line: LINE, field: 'body', severity: 'error', message: 'image "./chart.png" does not exist beside the practice; did you mean "./chart.jpg"?' },
    ]);
  });

  it('is an error when the alt text is empty', async () => {
    const problems = await practice({ body: 'Text.\n\n![ ](./desk.jpg)', images: { 'desk.jpg': (f) => jpeg(1600).toFile(f) } });
    expect(problems).toEqual([
      {
        line: LINE + 2,
        field: 'body',
        severity: 'error',
        message: expect.stringMatching(/^image "\.\/desk\.jpg" has no alt text; describe what it shows between the brackets/),
      },
    ]);
  });

  it('requires alt text on images from the web too, without fetching them', async () => {
    const problems = await practice({ body: '![](https://example.org/photo.jpg)' });
    expect(problems).toMatchObject([{ severity: 'error', message: expect.stringContaining('has no alt text') }]);
  });

  it('warns when an image is narrow or heavy', async () => {
    const body = '![Small chart](./small.png)\n\n![Big photo](./big.jpg)';
    const problems = await practice({
      body,
      images: { 'small.png': (f) => jpeg(600).png().toFile(f), 'big.jpg': heavy(2000) },
    });
    expect(problems).toEqual([
      {
        line: LINE,
        field: 'body',
        severity: 'warning',
        message: 'image "./small.png" is 600 px wide; an image in the text must be at least 1,200 px wide to stay sharp on large screens: use a larger original',
      },
      {
        line: LINE + 2,
        field: 'body',
        severity: 'warning',
        message: expect.stringMatching(/^image "\.\/big\.jpg" is 5\.1 MB; an image in the text may be at most 5\.0 MB/),
      },
    ]);
  });

  it('reports each use of an image at its own line', async () => {
    const body = '![One](./small.jpg)\n\n![Two](./small.jpg)';
    const problems = await practice({ body, images: { 'small.jpg': (f) => jpeg(300).toFile(f) } });
    expect(problems.map((p) => [p.line, p.severity])).toEqual([
      [LINE, 'warning'],
      [LINE + 2, 'warning'],
    ]);
  });
});

describe('a practice written as one file', () => {
  it('has no images of its own: neither a cover nor body images, not even another practice’s', async () => {
    const root = mkdtempSync(join(tmpdir(), 'atlas-images-'));
    temps.push(root);
    mkdirSync(join(root, 'practices', 'other'), { recursive: true });
    await jpeg(1600).toFile(join(root, 'practices', 'other', 'cover.jpg'));
    writeFileSync(join(root, 'practices', 'other', 'index.mdx'), withSources(practiceFileText({ ...base, title: 'Another practice with its own cover' })));
    const text = withSources(practiceFileText(base)).replace('publishedAt:', 'cover: { src: "./other/cover.jpg", alt: "Workers" }\npublishedAt:');
    writeFileSync(join(root, 'practices', 'desk.mdx'), `${text}\n![Arrivals by year](./other/cover.jpg)\n`);
    const { problems } = await validatePractices({ dir: join(root, 'practices') });
    expect(problems.filter((p) => p.severity === 'error').map((p) => `${p.field}: ${p.message.replace(root, '<root>')}`)).toMatchInlineSnapshot(`
      [
        "cover.src: "./other/cover.jpg": a practice written as one file (desk.mdx) cannot have images beside it; move it to <root>/practices/desk/index.mdx and put the image in that folder as "./cover.jpg"",
        "body: image "./other/cover.jpg": a practice written as one file (desk.mdx) cannot have images beside it; move it to <root>/practices/desk/index.mdx and put the image in that folder as "./cover.jpg"",
      ]
    `);
  });
});
