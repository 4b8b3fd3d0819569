import { describe, expect, it } from 'vitest';
import { slugify } from './slug';

describe('slugify', () => {
  it('lowercases ASCII letters and keeps digits', () => {
    expect(slugify('Python Foundations')).toBe('python-foundations');
    expect(slugify('OAuth2 with Password Flow')).toBe('oauth2-with-password-flow');
  });

  it('turns each run of anything else into one hyphen', () => {
    expect(slugify('Web & HTTP Basics')).toBe('web-http-basics');
    expect(slugify('Path, Query, Header, Cookie Parameters')).toBe('path-query-header-cookie-parameters');
    expect(slugify('a -- b__c')).toBe('a-b-c');
    expect(slugify('Domain-Driven Design (DDD)-inspired Structure')).toBe(
      'domain-driven-design-ddd-inspired-structure',
    );
  });

  it('trims hyphens at both ends', () => {
    expect(slugify('  --Hello, World!--  ')).toBe('hello-world');
    expect(slugify('(Startup)')).toBe('startup');
  });

  it('counts non-ASCII letters as "anything else"', () => {
    expect(slugify('Café Société')).toBe('caf-soci-t');
    expect(slugify('Über')).toBe('ber');
    expect(slugify('日本語 API')).toBe('api');
    expect(slugify('Scheduling → Workers')).toBe('scheduling-workers');
  });

  it('does not let non-ASCII capitals lowercase into ASCII letters', () => {
    // 'İ'.toLowerCase() is 'i' + a combining dot; the Kelvin sign lowercases to 'k'.
    expect(slugify('İstanbul')).toBe('stanbul');
    expect(slugify('\u212Aelvin')).toBe('elvin');
  });

  it('gives an empty slug when there is nothing to keep', () => {
    expect(slugify('')).toBe('');
    expect(slugify(' & — ! ')).toBe('');
    expect(slugify('ÉÀ')).toBe('');
  });

  it('is idempotent', () => {
    for (const title of ['Web & HTTP Basics', 'Startup & Shutdown Events / Lifespan', 'x']) {
      expect(slugify(slugify(title))).toBe(slugify(title));
    }
  });
});
