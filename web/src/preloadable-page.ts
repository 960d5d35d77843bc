// A page loaded on demand that can also be loaded ahead. React.lazy suspends on its first render even
// when the module is already there, and React 19 then keeps the fallback up for up to 300 ms before it
// reveals the page (it throttles reveals); on a first visit that was a third of the overview's load.
// A page loaded ahead renders at once, without suspending.
import { createElement, lazy, type ComponentType } from 'react';

export interface PreloadablePage {
  (props: object): ReturnType<typeof createElement>;
  /** Loads the page's module now; later renders draw it without suspending. */
  preload(): Promise<void>;
}

export function preloadablePage(load: () => Promise<{ default: ComponentType }>): PreloadablePage {
  let loaded: ComponentType | undefined;
  const remember = () =>
    load().then((module) => {
      loaded = module.default;
      return module;
    });
  const Lazy = lazy(remember);
  const page = (props: object) => createElement(loaded ?? Lazy, props);
  page.preload = () => remember().then(() => undefined);
  return page;
}
