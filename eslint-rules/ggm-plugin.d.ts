// Types for the plain-JavaScript plugin, so TypeScript tests can import it.
import type { ESLint } from 'eslint';

declare const plugin: ESLint.Plugin;
export default plugin;
