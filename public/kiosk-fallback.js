// The fallback page stays locked like the game: no context menu, no selection, no zoom gestures.
for (const type of ['contextmenu', 'selectstart', 'dragstart', 'gesturestart']) {
  document.addEventListener(type, (e) => e.preventDefault());
}
