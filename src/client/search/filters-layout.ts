/** From this width the filters are a sidebar, always open. */
const WIDE = '(min-width: 56rem)';

/** The filters: a sidebar on wide screens (always open), a disclosure on narrow ones. */
export function layOutFilters(details: HTMLDetailsElement): void {
  const wide = window.matchMedia(WIDE);
  const place = () => {
    details.classList.toggle('is-sidebar', wide.matches);
    if (wide.matches) details.open = true;
  };
  place();
  wide.addEventListener('change', () => {
    place();
    if (!wide.matches) details.open = false;
  });
  details.addEventListener('toggle', () => {
    if (wide.matches && !details.open) details.open = true;
  });
}
