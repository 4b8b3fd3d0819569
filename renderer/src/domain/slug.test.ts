import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fallbackSlug, slugify } from './slug';

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

  it('keeps the letters and digits of every script, lowercased', () => {
    expect(slugify('Основы Linux')).toBe('основы-linux');
    expect(slugify('Ελληνικά για αρχάριους')).toBe('ελληνικά-για-αρχάριους');
    expect(slugify('日本語 API')).toBe('日本語-api');
    expect(slugify('データベース入門')).toBe('データベース入門');
    expect(slugify('مقدمة في البرمجة')).toBe('مقدمة-في-البرمجة');
    expect(slugify('हिन्दी पाठ')).toBe('हिन्दी-पाठ');
    expect(slugify('Scheduling → Workers')).toBe('scheduling-workers');
  });

  it('folds Latin accents and compatibility forms', () => {
    expect(slugify('Café Société')).toBe('cafe-societe');
    expect(slugify('Über')).toBe('uber');
    expect(slugify('naïve Ångström')).toBe('naive-angstrom');
    expect(slugify('ÉÀ')).toBe('ea');
    expect(slugify('ﬁle ＡＢＣ')).toBe('file-abc');
    // 'İ'.toLowerCase() is 'i' + a combining dot; the Kelvin sign is a compatibility 'K'.
    expect(slugify('İstanbul')).toBe('istanbul');
    expect(slugify('\u212Aelvin')).toBe('kelvin');
  });

  it('gives the same id to a title in composed or decomposed form', () => {
    expect(slugify('Cafe\u0301')).toBe(slugify('Caf\u00e9'));
    expect(slugify('\u304b\u3099')).toBe(slugify('\u304c'));
  });

  it('gives an empty slug when there is nothing to keep', () => {
    expect(slugify('')).toBe('');
    expect(slugify(' & — ! ')).toBe('');
    expect(slugify('→ ✓')).toBe('');
    expect(slugify('\u0301 \u0903')).toBe('');
  });

  it('is idempotent', () => {
    for (const title of ['Web & HTTP Basics', 'Startup & Shutdown Events / Lifespan', 'x']) {
      expect(slugify(slugify(title))).toBe(slugify(title));
    }
  });

  it('is idempotent and stable under changes of case and spacing (property)', () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const title = words.join(' ');
        const id = slugify(title);
        expect(slugify(id)).toBe(id);
        expect(slugify(`  ${words.join(' \t ')}  `)).toBe(id);
        // Case changes that Unicode can undo ('ᾀ' capitalises to two letters, 'ἈΙ').
        const upper = title.toUpperCase();
        if (upper.toLowerCase() === title.toLowerCase()) expect(slugify(upper)).toBe(id);
        expect(id).toMatch(/^(?:[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:-[\p{L}\p{N}\p{M}]+)*)?$/u);
      }),
    );
  });
});

describe('fallbackSlug', () => {
  it('is the same for the same title and differs between titles', () => {
    expect(fallbackSlug('→ ✓')).toBe(fallbackSlug(' →\u00a0✓ '.replace('\u00a0', ' ')));
    expect(fallbackSlug('→ ✓')).toMatch(/^topic-[0-9a-z]+$/);
    expect(fallbackSlug('🚀')).not.toBe(fallbackSlug('🛰️'));
    expect(fallbackSlug('🚀')).toBe('topic-' + (fallbackSlug('🚀').split('-')[1] ?? ''));
  });
});
