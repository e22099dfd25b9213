import { msg } from '../claims/fields';
import { type ParsedImport, type Progress, parseImport } from './parse-import';
import { failure } from './rows';

/** Reads and validates an import file; the popup runs it in a worker. */
export type ParseFile = (file: File, onProgress: Progress) => Promise<ParsedImport>;

/**
 * Parses `file` in a module Worker (off the main thread), or in place where workers are not
 * available (tests). Never rejects: a failure is an `ok: false` result with a message.
 */
export const parseFile: ParseFile = async (file, onProgress) => {
  let bytes: ArrayBuffer;
  try {
    bytes = await file.arrayBuffer();
  } catch {
    return failure(msg('The file could not be read.', 'ioUnreadable'));
  }
  if (typeof Worker === 'undefined') return parseImport(new Uint8Array(bytes), file.name, { onProgress });
  // Vite's `?worker` import bundles the worker as its own file (WXT rewrites import.meta.url, so the
  // `new URL(..., import.meta.url)` form is not picked up in the extension build).
  const { default: ParseWorker } = await import('./parse-worker.ts?worker');
  return new Promise((resolve) => {
    const worker: Worker = new ParseWorker();
    worker.onmessage = (event: MessageEvent) => {
      const data = event.data as
        | { type: 'progress'; stage: Parameters<Progress>[0]; fraction: number }
        | { type: 'done'; result: ParsedImport };
      started = true;
      if (data.type === 'progress') onProgress(data.stage, data.fraction);
      else {
        worker.terminate();
        resolve(data.result);
      }
    };
    let started = false;
    worker.onerror = (event) => {
      worker.terminate();
      // A worker that could not start (a browser's policy) must not stop the import: read it here.
      // One that failed while reading would fail here too, and freeze the popup doing so.
      if (!started)
        resolve(
          file.arrayBuffer().then(
            (again) => parseImport(new Uint8Array(again), file.name, { onProgress }),
            () => failure(msg('The file could not be read.', 'ioUnreadable')),
          ),
        );
      else
        resolve(
          event.message
            ? failure(msg(`The file could not be read: ${event.message}.`, 'ioUnreadableWhy', event.message))
            : failure(msg('The file could not be read: the import worker failed.', 'ioWorkerFailed')),
        );
    };
    worker.postMessage({ bytes, name: file.name }, [bytes]);
  });
};
