/** A typed publish/subscribe: `on` returns the function that unsubscribes. */
export interface Emitter<M> {
  on<K extends keyof M>(type: K, listener: (value: M[K]) => void): () => void;
  emit<K extends keyof M>(type: K, value: M[K]): void;
  clear(): void;
}

export function createEmitter<M>(): Emitter<M> {
  const listeners = new Map<keyof M, Set<(value: never) => void>>();
  return {
    on(type, listener) {
      let set = listeners.get(type);
      if (!set) listeners.set(type, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
    emit(type, value) {
      for (const listener of [...(listeners.get(type) ?? [])]) (listener as (v: typeof value) => void)(value);
    },
    clear() {
      listeners.clear();
    },
  };
}
