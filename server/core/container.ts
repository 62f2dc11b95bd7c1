import type { ContainerType } from 'type-graphql';

/**
 * Hands type-graphql the resolver instances built at start, with their services passed to
 * their constructors; a resolver class that was not registered is a wiring mistake.
 */
export class ResolverContainer implements ContainerType {
  private readonly instances: Map<unknown, unknown>;

  constructor(instances: readonly object[]) {
    this.instances = new Map(instances.map((instance) => [instance.constructor, instance]));
  }

  get(someClass: unknown): unknown {
    const instance = this.instances.get(someClass);
    if (!instance) throw new Error(`No instance registered for ${String((someClass as { name?: string }).name)}`);
    return instance;
  }

  // biome-ignore lint/complexity/noBannedTypes: type-graphql's resolver list type.
  resolverClasses(): [Function, ...Function[]] {
    // biome-ignore lint/complexity/noBannedTypes: see above.
    return [...this.instances.keys()] as [Function, ...Function[]];
  }
}

/**
 * Services for a schema built only to be printed: its shape comes from the resolver classes
 * alone, so resolvers are made with these and never run. Using one is a mistake, said at once.
 */
export function servicesForPrinting<Services>(): Services {
  const unusable: object = new Proxy(() => undefined, {
    get: (_, key) => {
      throw new Error(`A schema built for printing has no services (it used ${String(key)}).`);
    },
    apply: () => {
      throw new Error('A schema built for printing has no services.');
    },
  });
  return new Proxy({}, { get: () => unusable }) as Services;
}
