/// <reference lib="webworker" />
/**
 * Validation of a dataset a visitor brings (`?data=`, the Data desk), off the main thread: a
 * 10,000-site file takes about half a second of validation, during which the page would not
 * answer. The worker is a module of this origin (CSP worker-src 'self').
 */
import { validateDatasetText } from './validate-text';
import type { ValidateRequest, ValidateResponse } from './validate-messages';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = (event: MessageEvent<ValidateRequest>) => {
  const { id, text, format } = event.data;
  let response: ValidateResponse;
  try {
    response = { id, result: validateDatasetText(text, format) };
  } catch (error) {
    response = { id, result: { ok: false, problems: [{ path: '(root)', message: String(error) }] } };
  }
  self.postMessage(response);
};
