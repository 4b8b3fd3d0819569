import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fallbackSlug, slugify, titleSlug } from './slug';

describe('titleSlug', () => {
  it('lowercases ASCII letters and keeps digits', () => {
    expect(titleSlug('Python Foundations')).toBe('python-foundations');
    expect(titleSlug('OAuth2 with Password Flow')).toBe('oauth2-with-password-flow');
  });

  it('turns each run of anything else into one hyphen', () => {
    expect(titleSlug('Web & HTTP Basics')).toBe('web-http-basics');
    expect(titleSlug('Path, Query, Header, Cookie Parameters')).toBe('path-query-header-cookie-parameters');
    expect(titleSlug('a -- b__c')).toBe('a-b-c');
    expect(titleSlug('Domain-Driven Design (DDD)-inspired Structure')).toBe(
      'domain-driven-design-ddd-inspired-structure',
    );
  });

  it('trims hyphens at both ends', () => {
    expect(titleSlug('  --Hello, World!--  ')).toBe('hello-world');
    expect(titleSlug('(Startup)')).toBe('startup');
  });

  it('keeps the letters and digits of every script, lowercased', () => {
    expect(titleSlug('Основы Linux')).toBe('основы-linux');
    expect(titleSlug('Ελληνικά για αρχάριους')).toBe('ελληνικά-για-αρχάριους');
    expect(titleSlug('日本語 API')).toBe('日本語-api');
    expect(titleSlug('データベース入門')).toBe('データベース入門');
    expect(titleSlug('مقدمة في البرمجة')).toBe('مقدمة-في-البرمجة');
    expect(titleSlug('हिन्दी पाठ')).toBe('हिन्दी-पाठ');
    expect(titleSlug('Scheduling → Workers')).toBe('scheduling-workers');
  });

  it('folds Latin accents and compatibility forms', () => {
    expect(titleSlug('Café Société')).toBe('cafe-societe');
    expect(titleSlug('Über')).toBe('uber');
    expect(titleSlug('naïve Ångström')).toBe('naive-angstrom');
    expect(titleSlug('ÉÀ')).toBe('ea');
    expect(titleSlug('ﬁle ＡＢＣ')).toBe('file-abc');
    // 'İ'.toLowerCase() is 'i' + a combining dot; the Kelvin sign is a compatibility 'K'.
    expect(titleSlug('İstanbul')).toBe('istanbul');
    expect(titleSlug('\u212Aelvin')).toBe('kelvin');
  });

  it('gives the same id to a title in composed or decomposed form', () => {
    expect(titleSlug('Cafe\u0301')).toBe(titleSlug('Caf\u00e9'));
    expect(titleSlug('\u304b\u3099')).toBe(titleSlug('\u304c'));
  });

  it('gives an empty slug when there is nothing to keep', () => {
    expect(titleSlug('')).toBe('');
    expect(titleSlug(' & — ! ')).toBe('');
    expect(titleSlug('→ ✓')).toBe('');
    expect(titleSlug('\u0301 \u0903')).toBe('');
  });

  it('is idempotent', () => {
    for (const title of ['Web & HTTP Basics', 'Startup & Shutdown Events / Lifespan', 'x']) {
      expect(titleSlug(titleSlug(title))).toBe(titleSlug(title));
    }
  });

  it('is idempotent and stable under changes of case and spacing (property)', () => {
    const word = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 5 }), (words) => {
        const title = words.join(' ');
        const id = titleSlug(title);
        expect(titleSlug(id)).toBe(id);
        expect(titleSlug(`  ${words.join(' \t ')}  `)).toBe(id);
        // Case changes that Unicode can undo ('ᾀ' capitalises to two letters, 'ἈΙ').
        const upper = title.toUpperCase();
        if (upper.toLowerCase() === title.toLowerCase()) expect(titleSlug(upper)).toBe(id);
        expect(id).toMatch(/^(?:[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:-[\p{L}\p{N}\p{M}]+)*)?$/u);
      }),
    );
  });
});

describe('slugify (file names)', () => {
  it('keeps ASCII letters and digits only, accents folded', () => {
    expect(slugify('Café Société')).toBe('cafe-societe');
    expect(slugify('日本語 API')).toBe('api');
    expect(slugify('Основы')).toBe('');
    expect(slugify('Web & HTTP Basics')).toBe('web-http-basics');
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
