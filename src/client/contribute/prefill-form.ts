/**
 * A gap link (/contribute/?objective=9&region=africa) opens the proposal form
 * with that objective and region filled in. Without this script the link opens
 * the empty form. Only known ids are used: anything else in the address is ignored.
 */
const link = document.querySelector<HTMLAnchorElement>('a[data-proposal-form]');
const note = document.querySelector<HTMLElement>('[data-gap-note]');
if (link) {
  const params = new URLSearchParams(location.search);
  const objectives = JSON.parse(link.dataset.objectives ?? '{}') as Record<string, string>;
  const regions = JSON.parse(link.dataset.regions ?? '{}') as Record<string, string>;
  const objective = Object.hasOwn(objectives, params.get('objective') ?? '') ? objectives[params.get('objective')!] : undefined;
  const region = Object.hasOwn(regions, params.get('region') ?? '') ? regions[params.get('region')!] : undefined;
  if (objective || region) {
    const url = new URL(link.href);
    if (objective) url.searchParams.set('primary-objective', objective);
    if (region) url.searchParams.set('regions', region);
    link.href = url.href;
    if (note) {
      note.textContent = (note.dataset.template ?? '').replace('{choice}', [objective, region].filter(Boolean).join(', '));
      note.hidden = false;
    }
  }
}
