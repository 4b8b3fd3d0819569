import './zod-setup';
import { z } from 'zod';
import type { core } from 'zod';

/**
 * `JSON.parse` keeps a key `"__proto__"` as an own key, but zod's records drop it without a
 * word and assigning it to a plain object sets the prototype instead. It cannot be a topic
 * id (slugs are letters, digits and dashes) nor a phase number, so it is refused by name.
 */
const PROTO_KEY = '__proto__';

/**
 * A record keyed by user text (topic ids, phase numbers), as `z.record`, that refuses the key
 * `__proto__` with a message naming it (`"__proto__" cannot be a topic id`) instead of
 * dropping it. Other keys such as `constructor` are ordinary keys: read them with `ownValue`.
 */
export function userKeyedRecord<Key extends core.$ZodRecordKey, Value extends core.SomeType>(
  key: Key,
  value: Value,
  what: string,
) {
  return z.preprocess(
    (input, ctx) => {
      if (typeof input === 'object' && input !== null && Object.hasOwn(input, PROTO_KEY)) {
        ctx.addIssue({
          code: 'custom',
          message: `"${PROTO_KEY}" cannot be ${what}`,
          path: [PROTO_KEY],
          input,
        });
      }
      return input;
    },
    z.record(key, value),
  );
}

/**
 * The record's entries in an object with no prototype, so that looking up a key such as
 * `constructor` that it does not have finds nothing rather than `Object.prototype`'s.
 */
export function withoutPrototype<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const bare = Object.create(null) as Record<string, T>;
  for (const [key, value] of Object.entries(record)) bare[key] = value;
  return bare;
}
