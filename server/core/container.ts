import type { ContainerType } from 'type-graphql';

/**
 * Hands type-graphql the resolver instances built at start, with their services passed to
 * their constructors; a resolver class that was not registered is a wiring mistake.
 */
export class ResolverContainer implements ContainerType {
  private readonly instances = new Map<unknown, unknown>();

  register<T extends object>(instance: T): this {
    this.instances.set(instance.constructor, instance);
    return this;
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
