/**
 * "Copy" next to a citation: shown only when this script runs (without it the
 * text stays there to select), and it says "Copied" through a live region.
 */
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const source = document.getElementById(button.dataset.copy ?? '');
  const status = button.parentElement?.querySelector<HTMLElement>('[data-copy-status]');
  if (!source || !navigator.clipboard) continue;
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(source.textContent?.trim() ?? '');
      if (status) status.textContent = button.dataset.copied ?? '';
    } catch {
      // Clipboard refused (permissions): select the text so Ctrl+C still works.
      const range = document.createRange();
      range.selectNodeContents(source);
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
    }
  });
}
