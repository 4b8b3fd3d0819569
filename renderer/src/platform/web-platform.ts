import type { Platform } from './platform';

/** The plain-browser platform: the app's version is baked in at build time. */
export function createWebPlatform(version: string): Platform {
  return {
    kind: 'web',
    getVersion: () => Promise.resolve(version),
  };
}
