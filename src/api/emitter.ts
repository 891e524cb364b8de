import { describeValue } from "../data/describe.js";

/** A typed publish/subscribe: `on` returns the function that unsubscribes. */
export interface Emitter<M> {
  on<K extends keyof M>(type: K, listener: (value: M[K]) => void): () => void;
  emit<K extends keyof M>(type: K, value: M[K]): void;
  clear(): void;
}

/**
 * An emitter of the given event types only: `on` refuses any other type, and a listener that is
 * not a function, where a typo ("clcik") would otherwise be a listener that never runs.
 */
export function createEmitter<M>(types: readonly (keyof M & string)[]): Emitter<M> {
  const listeners = new Map(types.map((type) => [type as keyof M, new Set<(value: never) => void>()]));
  return {
    on(type, listener) {
      const set = listeners.get(type);
      const call = `chronoline: on(${describeValue(type)}`;
      if (!set) throw new TypeError(`${call}): no such event; use "${types.join('", "')}"`);
      if (typeof listener !== "function")
        throw new TypeError(
          `${call}, listener): the listener must be a function, got ${describeValue(listener)}`,
        );
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type, value) {
      for (const listener of [...listeners.get(type)!]) (listener as (v: typeof value) => void)(value);
    },
    clear() {
      for (const set of listeners.values()) set.clear();
    },
  };
}
