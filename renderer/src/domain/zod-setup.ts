import { z } from 'zod';

// zod probes `new Function` the first time a schema is built, which the app's
// Content-Security-Policy (no unsafe-eval) refuses and reports as a violation. Every module
// that builds schemas imports this first, so the probe is off before any schema exists, and
// zod loads only with the first module that needs it (never on the way to the first paint).
z.config({ jitless: true });
