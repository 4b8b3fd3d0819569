import { withoutHiddenCharacters } from './hidden-characters';

/**
 * Text from a user's file as a message quotes it: on one line, without control characters
 * (which act on a terminal) or hidden ones, and at most `length` characters, so a 100,000-
 * character id or a binary calendar still makes a short, readable message.
 */
export function inMessage(text: string, length = 60): string {
  // eslint-disable-next-line no-control-regex
  const plain = withoutHiddenCharacters(text).replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return plain.length > length ? `${plain.slice(0, length - 1)}…` : plain;
}
