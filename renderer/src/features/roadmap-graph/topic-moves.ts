// The keyboard's moves between topics, loaded after the first paint: where an arrow key
// leads, and going there (the Ready now list goes there too).
export { topicInDirection } from './topic-arrow-keys';
export { goToTopic } from './go-to-topic';
