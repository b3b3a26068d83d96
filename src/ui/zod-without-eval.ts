/**
 * zod compiles fast object parsers with `new Function` unless told not to. The page's
 * Content-Security-Policy forbids eval (no 'unsafe-eval'), and even zod's guarded probe for it is
 * reported as a violation, so the browser build runs zod without it. Imported first by main.tsx.
 */
import { z } from 'zod';

z.config({ jitless: true });
