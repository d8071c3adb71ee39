// The loading bar while the game's files download, before the game's own script has arrived to run: it
// counts the files the page asks for up front (scripts, styles, fonts, content, icons) as each one lands.
// A plain script of its own, so it runs at once. The bar's data-downloaded is its share of the bar; the
// game's boot (src/ui/bootAssets.ts) takes it on from there, and the bar never goes back.
(() => {
  const bar = document.getElementById('boot-progress');
  if (!bar || !('PerformanceObserver' in window)) return;
  const share = Number(bar.dataset.downloaded) || 0;
  const wanted = new Set(
    [...document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"], link[rel="stylesheet"]')]
      .map((l) => l.href)
      .concat([...document.querySelectorAll('script[type="module"][src]')].map((s) => s.src)),
  );
  if (wanted.size === 0) return;
  const arrived = new Set();
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (wanted.has(entry.name)) arrived.add(entry.name);
    bar.value = Math.max(bar.value, (share * arrived.size) / wanted.size);
    if (arrived.size === wanted.size || !bar.isConnected) observer.disconnect();
  });
  observer.observe({ type: 'resource', buffered: true });
})();
