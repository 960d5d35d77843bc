/// <reference types="node" />
// How index.html loads the application, for a short first load:
// - the entry script is `async`: a module script is otherwise deferred, and a deferred script waits until
//   the style sheets before it are loaded and parsed (the design system's 552 KB), while all the entry
//   does first is start the overview's requests (main.tsx copes with the document still being parsed);
// - the application's chunk (app-root, loaded by the entry with import()) and what it imports are
//   announced as `modulepreload`, so the browser fetches them with the entry instead of after it.
import type { Plugin } from 'vite';

const APP_ROOT = /\/src\/app-root\.tsx$/;

export function asyncEntry(): Plugin {
  return {
    name: 'ggm-async-entry',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        const marked = html.replace(
          /<script type="module" crossorigin /,
          '<script type="module" async crossorigin ',
        );
        if (marked === html) throw new Error('ggm-async-entry: the entry script tag was not found');
        const chunks = Object.values(context.bundle ?? {});
        const appRoot = chunks.find((c) => c.type === 'chunk' && APP_ROOT.test(c.facadeModuleId ?? ''));
        if (!appRoot || appRoot.type !== 'chunk') throw new Error('ggm-async-entry: no app-root chunk');
        const entries = new Set(chunks.filter((c) => c.type === 'chunk' && c.isEntry).map((c) => c.fileName));
        const scripts = [appRoot.fileName, ...appRoot.imports.filter((f) => !entries.has(f))];
        const styles = [...(appRoot.viteMetadata?.importedCss ?? [])];
        const links = [
          ...scripts.map((f) => `<link rel="modulepreload" crossorigin href="/${f}">`),
          ...styles.map((f) => `<link rel="stylesheet" crossorigin href="/${f}">`),
        ].join('\n    ');
        return marked.replace('</head>', `  ${links}\n  </head>`);
      },
    },
  };
}
