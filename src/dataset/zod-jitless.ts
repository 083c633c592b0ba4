/**
 * Imported for its side effect, before any schema is built: zod objects decide at construction
 * whether to compile a `new Function` fast path, which a strict CSP (`script-src 'self'`) forbids.
 */
import { z } from 'zod';

z.config({ jitless: true });
