/// <reference lib="webworker" />
import { answerRequest } from './schedule-protocol';
import type { ScheduleRequest } from './schedule-protocol';

// A large plan (1,000 topics, or up to 20,000 short sessions) takes up to ~0.7 s to
// schedule: it runs here so the window keeps answering meanwhile (see off-thread.ts).
self.onmessage = (event: MessageEvent<ScheduleRequest>) => {
  self.postMessage(answerRequest(event.data));
};
