export { FinishPrompt } from './FinishPrompt';
export { ReviewView } from './ReviewView';
export { dueTopics } from './review-queue';
