// Freezes a value and everything it holds (Maps' keys and values too), so that a stage writing to what it was given,
// or to what it returned, throws (ES modules are strict): "plain data between stages", tested.
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    // What it holds first: a lazily computed property is read (and settles) before its holder is frozen.
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key]);
    if (value instanceof Map) {
      for (const [k, v] of value) {
        deepFreeze(k);
        deepFreeze(v);
      }
    }
    Object.freeze(value);
  }
  return value;
}
