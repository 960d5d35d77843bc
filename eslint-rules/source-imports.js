// The module specifiers a TypeScript file imports, read two ways that agree: from the ESLint AST
// of the file being linted, and from the text of any other file (TypeScript's import scanner,
// much cheaper than a full parse). Both see import, import type, export … from, import('…')
// with a literal, type-level import('…') and import x = require('…').
import path from 'node:path';
import ts from 'typescript';

/** ESLint visitors that call onImport(specifierNode) for every import with a literal specifier. */
export function importVisitors(onImport) {
  const visit = (specifierNode) => {
    if (specifierNode && typeof specifierNode.value === 'string') onImport(specifierNode);
  };
  return {
    ImportDeclaration: (node) => visit(node.source),
    ExportNamedDeclaration: (node) => visit(node.source),
    ExportAllDeclaration: (node) => visit(node.source),
    ImportExpression: (node) => visit(node.source),
    // typescript-eslint 8 has `source`; older versions only `argument` (a literal type).
    TSImportType: (node) => visit(node.source ?? node.argument?.literal),
    TSExternalModuleReference: (node) => visit(node.expression),
  };
}

/** The specifiers imported by a file's text (see the file comment for which forms count). */
export function importSpecifiersInText(text) {
  const detectJavaScriptRequireCalls = false;
  return ts
    .preProcessFile(text, true, detectJavaScriptRequireCalls)
    .importedFiles.map((each) => each.fileName);
}

const typeScriptExtensionFor = { '.js': '.ts', '.mjs': '.mts', '.cjs': '.cts', '.jsx': '.tsx' };

/**
 * The file a relative specifier points at, with the emitted extension mapped back to the
 * source one (NodeNext: './x.js' is written for './x.ts'); null for package imports.
 */
export function resolveRelativeImport(fromFile, specifier) {
  if (!specifier.startsWith('./') && !specifier.startsWith('../')) return null;
  const target = path.resolve(path.dirname(fromFile), specifier);
  const extension = path.extname(target);
  const typeScriptExtension = typeScriptExtensionFor[extension];
  return typeScriptExtension ? target.slice(0, -extension.length) + typeScriptExtension : target;
}
