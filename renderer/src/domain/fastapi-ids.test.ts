import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRoadmap } from './build-roadmap';

// Ids key everything a learner has stored: a change to how ids are made must not move these.
const DIR = path.resolve(import.meta.dirname, '../../../content/fastapi');
const read = (name: string) => ({ file: name, text: readFileSync(path.join(DIR, name), 'utf8') });
const roadmap = buildRoadmap({ markdown: read('roadmap.md'), sidecar: read('sidecar.json') }).roadmap;

describe('the FastAPI roadmap ids', () => {
  it('keeps its topic ids', () => {
    expect(roadmap?.topics.map((t) => t.id)).toEqual([
      'python-foundations',
      'web-http-basics',
      'what-is-fastapi',
      'project-setup',
      'routing-basics',
      'pydantic-models',
      'request-bodies',
      'response-models',
      'path-query-header-cookie-parameters',
      'request-lifecycle-order-of-evaluation',
      'custom-responses',
      'basic-dependencies',
      'common-dependency-patterns',
      'advanced-di-concepts',
      'sql-databases-with-fastapi',
      'async-db-access',
      'migrations',
      'nosql-other-stores',
      'basic-security-concepts',
      'oauth2-with-password-flow',
      'jwt-token-management',
      'role-based-permission-based-access',
      'security-best-practices',
      'background-tasks',
      'startup-shutdown-events-lifespan',
      'scheduling-workers-out-of-process',
      'apirouter-modular-design',
      'complex-request-response-patterns',
      'error-handling-exceptions',
      'deep-validation',
      'serialization-performance',
      'caching',
      'custom-middleware',
      'logging',
      'metrics-tracing',
      'testing-fastapi-apps',
      'dependency-overrides-in-tests',
      'schema-contract-testing',
      'code-quality-style',
      'auto-generated-docs',
      'openapi-customization',
      'client-generation',
      'running-with-a-production-server',
      'containerization',
      'configuration-management',
      'reverse-proxies-load-balancing',
      'scalability-high-availability',
      'security-headers-best-practices',
      'input-sanitization-injection-prevention',
      'secrets-sensitive-data',
      'microservices-with-fastapi',
      'integrating-with-frontends-other-systems',
      'domain-driven-design-ddd-inspired-structure',
      'common-coding-tasks',
      'system-design-questions-with-fastapi',
      'explain-debug',
    ]);
  });

  it('keeps its 176 checklist item ids (a digest of them, as they were before ids took any script)', () => {
    const items = roadmap?.topics.flatMap((t) => t.items.map((i) => `${t.id}/${i.id}`)) ?? [];
    expect(items).toHaveLength(176);
    expect(createHash('sha256').update(items.join('\n')).digest('hex')).toBe(
      '27d01b28a41009e356f63ad7e50e6c298a8b17619c67e78e5c882cba06fa97ef',
    );
  });
});
