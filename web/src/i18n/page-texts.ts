import { useCallback } from 'react';
import { useT } from './language.js';

/** A page area's own texts: Dutch and English with the same keys (the type enforces it). */
export interface PageTexts<K extends string> {
  nl: Record<K, string>;
  en: Record<K, string>;
}

/**
 * The text function for one area's dictionary (kept beside the area's pages, so areas do not share
 * one big file). `{name}` placeholders are filled from `values`.
 */
export function usePageTexts<K extends string>(texts: PageTexts<K>) {
  const { language } = useT();
  return useCallback(
    (key: K, values: Record<string, string | number> = {}) =>
      texts[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      ),
    [texts, language],
  );
}
