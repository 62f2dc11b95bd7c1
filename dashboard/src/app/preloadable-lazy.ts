import { type ComponentProps, type ComponentType, createElement, use } from 'react';
import { loadOnce } from './i18n/loaded';

/** A component whose code is a chunk of its own, fetched when first drawn or earlier by `preload`. */
// biome-ignore lint/suspicious/noExplicitAny: the props of whichever component is loaded, as React.lazy takes them
export type Preloadable<Component extends ComponentType<any>> = ComponentType<ComponentProps<Component>> & {
  /** Fetches and runs the code once; later calls return the same promise (a failed fetch again after retryFailedLoads). */
  preload: () => Promise<unknown>;
};

/**
 * React.lazy, except that code already loaded is drawn at once. React.lazy suspends on its first
 * drawing even when its code has long been there, and React then holds back what the Suspense
 * boundary reveals until 300 ms after its fallback was shown: on the first view, the page and
 * then its chart each waited that long (BENCHMARKS.md, First view). `use` reads a settled loadOnce
 * promise without suspending, as it does a language's texts.
 */
// biome-ignore lint/suspicious/noExplicitAny: see Preloadable
export function preloadableLazy<Component extends ComponentType<any>>(load: () => Promise<{ default: Component }>): Preloadable<Component> {
  const preload = loadOnce(load);
  // biome-ignore lint/correctness/noComponentHookFactories: made once per chunk at module level, as React.lazy makes its component
  function PreloadableComponent(props: ComponentProps<Component>) {
    return createElement(use(preload()).default, props);
  }
  return Object.assign(PreloadableComponent, { preload });
}
