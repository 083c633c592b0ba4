import { describe, expect, it } from 'vitest';
import { validateOffThread, type WorkerFactory } from './validate-off-thread';
import type { ValidateRequest } from './validate-messages';

const CSV = 'name,lat,lon,country,status,status_date,source_url\nA,north,2,FR,planned,2025,https://e.org/\n';

/** A worker double: answers as the real one would, or fails to load its script. */
function fakeWorker(behaviour: 'answer' | 'fail-to-load'): {
  factory: WorkerFactory;
  terminated: () => boolean;
} {
  let terminated = false;
  const factory: WorkerFactory = () => {
    const worker = {
      onmessage: null as ((event: MessageEvent) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      onmessageerror: null,
      postMessage(request: ValidateRequest) {
        queueMicrotask(() => {
          if (behaviour === 'fail-to-load') worker.onerror?.({ preventDefault() {} } as ErrorEvent);
          else
            worker.onmessage?.({
              data: {
                id: request.id,
                result: { ok: false, problems: [{ path: 'from the worker', message: '' }] },
              },
            } as MessageEvent);
        });
      },
      terminate() {
        terminated = true;
      },
    };
    return worker as unknown as Worker;
  };
  return { factory, terminated: () => terminated };
}

describe('validateOffThread', () => {
  it("gives the worker's answer and ends the worker", async () => {
    const worker = fakeWorker('answer');
    const result = await validateOffThread(CSV, 'csv', worker.factory);
    expect(result).toEqual({ ok: false, problems: [{ path: 'from the worker', message: '' }] });
    expect(worker.terminated()).toBe(true);
  });

  it('validates on the main thread when the worker fails to load', async () => {
    const result = await validateOffThread(CSV, 'csv', fakeWorker('fail-to-load').factory);
    expect(result.ok ? [] : result.problems.map((p) => p.path)).toEqual(['row 2, column lat']);
  });

  it('validates on the main thread when no worker can be made (no Worker, a refusing CSP)', async () => {
    const refusing: WorkerFactory = () => {
      throw new DOMException('refused', 'SecurityError');
    };
    expect((await validateOffThread(CSV, 'csv', refusing)).ok).toBe(false);
    expect((await validateOffThread('{', 'json', null)).ok).toBe(false);
  });
});
