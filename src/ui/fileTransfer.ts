/**
 * Files in and out of the browser, with nothing leaving the device: a download made from a Blob, a page
 * opened from one, a file the player picks read as text.
 */

/** Long enough for the browser to have started the download or loaded the page. */
const REVOKE_AFTER_MS = 60_000;

function blobUrl(text: string, type: string): string {
  const url = URL.createObjectURL(new Blob([text], { type }));
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  return url;
}

/** Saves `text` as a file named `name` (UTF-8), through a temporary link with `download`. */
export function downloadText(name: string, text: string, type: string): void {
  const a = document.createElement('a');
  a.href = blobUrl(text, `${type};charset=utf-8`);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}

/**
 * Opens an HTML document in a new tab, from a Blob URL (the game's policy lets the page have its inline
 * style and nothing else). Where the browser blocks the new tab, the page is downloaded as `name` instead.
 */
export function openHtml(html: string, name: string): void {
  const url = blobUrl(html, 'text/html;charset=utf-8');
  const tab = window.open(url, '_blank');
  if (!tab) downloadText(name, html, 'text/html');
}

/**
 * Asks for a file (the system's picker, opened by a press: browsers need one) and hands its text on.
 * `accept` narrows the picker (".json,application/json").
 */
export function pickTextFile(accept: string, onText: (text: string) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.hidden = true;
  document.body.append(input);
  const done = () => input.remove();
  input.addEventListener('cancel', done);
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    done();
    if (file) void file.text().then(onText, () => onText(''));
  });
  input.click();
}

/** Like pickTextFile, for several files at once: `onTexts` gets their texts ([] when none was picked). */
export function pickTextFiles(accept: string, onTexts: (texts: string[]) => void): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.multiple = true;
  input.hidden = true;
  document.body.append(input);
  const done = () => input.remove();
  input.addEventListener('cancel', () => {
    done();
    onTexts([]);
  });
  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    done();
    void Promise.all(files.map((f) => f.text().catch(() => ''))).then(onTexts);
  });
  input.click();
}
