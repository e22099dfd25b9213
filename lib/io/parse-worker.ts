import { parseImport } from './parse-import';

/** Request to the import worker: the file's bytes (transferred) and its name. */
export interface ParseRequest {
  bytes: ArrayBuffer;
  name: string;
}

// Runs parseImport off the popup's main thread, so a 50 MB file never freezes it.
self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { bytes, name } = event.data;
  const result = parseImport(new Uint8Array(bytes), name, {
    onProgress: (stage, fraction) => self.postMessage({ type: 'progress', stage, fraction }),
  });
  self.postMessage({ type: 'done', result });
};
