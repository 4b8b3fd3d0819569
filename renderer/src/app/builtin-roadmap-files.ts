/** Where the built-in roadmap's sources live, relative to the project root. */
export const builtinRoadmapFiles = {
  markdown: 'content/fastapi/roadmap.md',
  sidecar: 'content/fastapi/sidecar.json',
} as const;
