/// <reference types="node" />
// The entry script as `async`: a module script is otherwise deferred, and a deferred script waits until
// the style sheets before it are loaded and parsed (the design system's 552 KB took 100–150 ms on a busy
// machine), while all the entry does first is start the overview's requests. The entry copes with the
// document still being parsed (main.tsx).
import type { Plugin } from 'vite';

export function asyncEntry(): Plugin {
  return {
    name: 'ggm-async-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        const marked = html.replace(
          /<script type="module" crossorigin /,
          '<script type="module" async crossorigin ',
        );
        if (marked === html) throw new Error('ggm-async-entry: the entry script tag was not found');
        return marked;
      },
    },
  };
}
