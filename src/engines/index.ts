/** The engine layer's public surface: the interface, opening an engine, and SQL text helpers. */
export * from './engine.js';
export { openEngine, parseEngineSpec, type EngineSpec } from './open-engine.js';
export { ensureSchemas, qualifiedName, quoteIdentifier, quoteLiteral } from './sql-text.js';
