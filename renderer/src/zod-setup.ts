import { z } from 'zod';

// zod probes `new Function` the first time a schema is built, which the Content-Security-Policy
// (no unsafe-eval) refuses and reports as a violation. ES imports run before the importing
// module's body, so this must be the first import of every entry (main.tsx, each worker):
// then it runs before any module builds a schema.
z.config({ jitless: true });
