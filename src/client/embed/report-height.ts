/** Type of the message an embed sends to the page around it (read by /embed.js). */
export const HEIGHT_MESSAGE = 'practice-atlas:height';

/**
 * Tells the page around the frame how tall the content is, whenever it
 * changes. The target origin is `*`: any site may embed the Atlas, the frame
 * cannot know which one reliably, and a height and a title are not secrets.
 * The receiving script checks that the message comes from this frame.
 */
export function reportHeight(content: HTMLElement, title: () => string): void {
  if (window.parent === window) return;
  let last = -1;
  const send = () => {
    const height = Math.ceil(content.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height, title: title() }, '*');
  };
  new ResizeObserver(send).observe(content);
  send();
}
