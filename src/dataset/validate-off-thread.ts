/**
 * Validates a visitor's dataset in a Web Worker, or on the main thread when a worker cannot start
 * (no Worker, a CSP or a browser that refuses module workers, a worker that fails to load): the
 * answer is the same either way, only the page's responsiveness differs. Never throws; rejects
 * only when neither the worker nor the page could load the validator's code (offline, or a new
 * deploy that replaced its chunks), which is no fault of the file.
 */
import type { DatasetFormat } from './dataset-format';
import type { ValidationResult } from './validate';
import type { ValidateRequest, ValidateResponse } from './validate-messages';

export type WorkerFactory = () => Worker;

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module', name: 'atlas-validate' });

async function onMainThread(text: string, format: DatasetFormat): Promise<ValidationResult> {
  const { validateDatasetText } = await import('./validate-text');
  return validateDatasetText(text, format);
}

let nextId = 1;

export function validateOffThread(
  text: string,
  format: DatasetFormat,
  createWorker: WorkerFactory | null = typeof Worker === 'undefined' ? null : defaultFactory,
): Promise<ValidationResult> {
  if (!createWorker) return onMainThread(text, format);
  let worker: Worker;
  try {
    worker = createWorker();
  } catch {
    return onMainThread(text, format);
  }
  const id = nextId++;
  return new Promise<ValidationResult>((resolve) => {
    const finish = (result: ValidationResult | Promise<ValidationResult>) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ValidateResponse>) => {
      if (event.data?.id === id) finish(event.data.result);
    };
    // The worker's script did not load or threw at start: validate here instead.
    worker.onerror = (event) => {
      event.preventDefault?.();
      finish(onMainThread(text, format));
    };
    worker.onmessageerror = () => finish(onMainThread(text, format));
    worker.postMessage({ id, text, format } satisfies ValidateRequest);
  });
}
