/*! Practice Atlas embed: <div data-practice-atlas data-objective="23"></div> + this script. MIT. */
/* Turns every [data-practice-atlas] element into a frame showing /embed/ of the
   Atlas this script comes from. data-* attributes are the /embed/ parameters;
   a list attribute may hold several values ("23 5" or "23,5"). The frame
   reports its height by postMessage; only messages from that frame, on the
   Atlas origin, are read. No dependencies; keep it under 2 KB gzipped. */
(function () {
  var script = document.currentScript || document.querySelector('script[src*="embed.js"]');
  if (!script || !window.URL) return;
  var src = new URL(script.src, location.href);
  var origin = src.origin;
  var page = new URL('embed/', src);
  var LISTS = /^(objective|sdg|region|country|theme|principle|status|block)$/;
  var SINGLE = /^(q|sort|layout|limit|search|lang|target)$/;

  function mount(box) {
    if (box.querySelector('iframe')) return;
    var data = box.dataset;
    // A French or Spanish box opens that language's page, which is in that
    // language before its script runs (and if it never does).
    var url = new URL(/^(fr|es)$/.test(data.lang || '') ? data.lang + '/embed/' : page.href, src);
    for (var key in data) {
      var value = String(data[key]).slice(0, 1000);
      if (LISTS.test(key)) {
        value.split(/[\s,]+/).forEach(function (v) {
          if (v) url.searchParams.append(key, v);
        });
      } else if (SINGLE.test(key)) {
        url.searchParams.append(key, key === 'search' && value === '' ? '1' : value);
      }
    }
    var frame = document.createElement('iframe');
    var title = data.title;
    frame.title = title || 'Practice Atlas';
    frame.loading = 'lazy';
    frame.src = url.href;
    frame.style.width = '100%';
    frame.style.height = '24rem';
    frame.style.border = '0';
    frame.style.display = 'block';
    box.appendChild(frame);
    window.addEventListener('message', function (event) {
      var m = event.data;
      if (event.origin !== origin || event.source !== frame.contentWindow) return;
      if (!m || m.type !== 'practice-atlas:height') return;
      var height = Math.round(Number(m.height));
      if (height > 0) frame.style.height = Math.min(height, 20000) + 'px';
      if (!title && typeof m.title == 'string' && m.title) frame.title = m.title.slice(0, 200);
    });
  }

  function scan() {
    var boxes = document.querySelectorAll('[data-practice-atlas]');
    for (var i = 0; i < boxes.length; i++) mount(boxes[i]);
  }

  // For pages that add boxes later: PracticeAtlas.scan().
  window.PracticeAtlas = { scan: scan };
  if (document.readyState == 'loading') document.addEventListener('DOMContentLoaded', scan);
  else scan();
})();
