/**
 * zod compiles fast object parsers with `new Function` unless told not to. The web page's
 * Content-Security-Policy forbids eval, and even zod's guarded probe for it is reported as a
 * violation; zod decides when a schema is built, so every module that builds schemas imports this
 * first. At our input sizes the interpreted parsers are as fast (a scenario parses in microseconds).
 */
import { z } from 'zod';

z.config({ jitless: true });
