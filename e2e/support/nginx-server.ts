/**
 * Starts deploy/serve-local.sh (Debian's nginx with deploy/nginx.conf) in the foreground on a port
 * of its own, for e2e/nginx.spec.ts, and stops it gracefully (SIGQUIT to nginx's master).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;

/** The nginx binary the script would use, or null when this machine has none. */
export function findNginx(): string | null {
  const candidates = [
    process.env.NGINX,
    ...(process.env.PATH ?? '').split(':').map((dir) => join(dir, 'nginx')),
    '/usr/sbin/nginx',
  ];
  for (const path of candidates) {
    if (!path) continue;
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not this one
    }
  }
  return null;
}

export interface NginxServer {
  origin: string;
  prefix: string;
  dist: string;
  /** True when serve-local.sh found the brotli module and enabled it. */
  brotli: boolean;
  /** Output of the script and nginx, for failure messages. */
  output: () => string;
  stop: () => Promise<number | null>;
}

export async function startNginx(port: number, nginx: string): Promise<NginxServer> {
  const prefix = mkdtempSync(join(tmpdir(), 'atlas-nginx-'));
  const dist = join(repo, 'dist');
  let output = '';
  const child: ChildProcess = spawn(join(repo, 'deploy/serve-local.sh'), [], {
    env: { ...process.env, NGINX: nginx, PORT: String(port), PREFIX: prefix, DIST: dist },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let gone = false;
  void exited.then(() => (gone = true));

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (gone) throw new Error(`serve-local.sh exited before serving:\n${output}`);
    try {
      const response = await fetch(`${origin}/`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`nginx did not answer on ${origin} within 30 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100)); // polling a socket, not a UI wait
  }

  return {
    origin,
    prefix,
    dist,
    brotli: existsSync(join(prefix, 'atlas-brotli.conf')),
    output: () => output,
    stop: async () => {
      if (!gone) child.kill('SIGQUIT'); // nginx's graceful shutdown
      const code = await exited;
      rmSync(prefix, { recursive: true, force: true });
      return code;
    },
  };
}
