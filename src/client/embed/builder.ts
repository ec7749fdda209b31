/**
 * /embed/builder/: keeps the preview frame and the snippet in step with the
 * form, sizes the preview from its height messages, and copies the snippet.
 */
import { embedQuery, parseEmbedParams } from '../../search/embed-params.ts';
import { embedSnippet } from '../../search/embed-snippet.ts';
import { debounce } from '../shared/debounce.ts';
import { HEIGHT_MESSAGE } from './report-height.ts';

const form = document.getElementById('builder-form') as HTMLFormElement | null;
const preview = document.getElementById('builder-preview') as HTMLIFrameElement | null;
const code = document.getElementById('builder-code') as HTMLTextAreaElement | null;
const copy = document.getElementById('builder-copy') as HTMLButtonElement | null;
const copyStatus = document.getElementById('builder-copy-status');

if (form && preview && code && copy && copyStatus) {
  const embedPath = code.dataset.embedPath ?? '/embed/';
  const scriptUrl = code.dataset.scriptUrl ?? '';
  const load = (src: string) => {
    if (preview.src !== src) preview.src = src;
  };
  const loadLater = debounce(load);

  const update = (now = false) => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') query.append(name, value);
    const params = parseEmbedParams(query);
    code.value = embedSnippet(params, scriptUrl);
    const qs = embedQuery(params);
    const src = new URL(embedPath + (qs ? `?${qs}` : ''), location.href).href;
    if (now) {
      loadLater.cancel();
      load(src);
    } else loadLater(src);
  };

  form.addEventListener('input', () => update());
  form.addEventListener('change', () => update());
  // The preview is live: the submit button is for browsers without JavaScript.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update(true);
  });
  document.getElementById('builder-submit')?.setAttribute('hidden', '');

  window.addEventListener('message', (event) => {
    if (event.origin !== location.origin || event.source !== preview.contentWindow) return;
    const data = event.data as { type?: unknown; height?: unknown } | null;
    if (data?.type !== HEIGHT_MESSAGE) return;
    const height = Math.round(Number(data.height));
    // The frame's border is part of its height (border-box).
    const border = preview.offsetHeight - preview.clientHeight;
    if (height > 0) preview.style.height = `${Math.min(height, 20000) + border}px`;
  });

  copy.hidden = false;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(code.value);
      copyStatus.textContent = copy.dataset.copied ?? '';
    } catch {
      code.focus();
      code.select();
      copyStatus.textContent = copy.dataset.failed ?? '';
    }
  });
  // Back/forward may restore a filled form.
  update(true);
}
