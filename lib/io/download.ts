/**
 * Saves text as a file through the browser's downloads (an `<a download>` on a Blob URL), so no
 * downloads permission is needed.
 */
export function downloadText(text: string, filename: string, type: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously and still needs the URL.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "claimline-claims-2026-11-27.json". */
export function exportFilename(ext: 'json' | 'csv', now: Date = new Date()): string {
  return `claimline-claims-${now.toISOString().slice(0, 10)}.${ext}`;
}
