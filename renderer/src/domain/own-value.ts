/**
 * A record's own value: user-made keys such as a topic called `constructor` must not reach
 * `Object.prototype`. Plans key statuses, estimates and targets by such ids.
 */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
