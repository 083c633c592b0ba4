/**
 * Zod without code generation, for the strict Content Security Policy. By default zod 4
 * probes `new Function('')` when it builds an object schema, to compile a faster parser: under
 * `script-src 'self'` the probe throws (zod catches it) but the browser still reports a
 * `securitypolicyviolation`. Jitless, zod never generates code. The setting is read when a schema is
 * built, so every module that builds one imports this file before its first `z.*` call.
 */
import { z } from 'zod';

z.config({ jitless: true });
