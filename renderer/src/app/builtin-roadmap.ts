import markdown from '../../../content/fastapi/roadmap.md?raw';
import sidecar from '../../../content/fastapi/sidecar.json?raw';
import type { RoadmapSource } from '../domain';

/** The FastAPI roadmap that ships with the app, as its source files. */
export const builtinRoadmapSource: RoadmapSource = {
  markdown: { file: 'content/fastapi/roadmap.md', text: markdown },
  sidecar: { file: 'content/fastapi/sidecar.json', text: sidecar },
};
