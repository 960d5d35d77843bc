// Dutch by default, English available. Texts live in one dictionary per language (nl.ts is the
// reference: en.ts must have the same keys, which the type enforces).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
import { formatDate, formatDateTime, formatNumber } from './local-format.js';
import { nl, type TextKey } from './nl.js';

export type Language = 'nl' | 'en';
const DICTIONARIES: Record<Language, Record<TextKey, string>> = { nl, en };
const STORAGE_KEY = 'ggm.taal';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
  /** The text for `key`, with `{name}` placeholders filled from `values`. */
  t: (key: TextKey, values?: Record<string, string | number>) => string;
}

const LanguageContext = createContext<LanguageState | undefined>(undefined);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(() =>
    localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'nl',
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  const setLanguage = useCallback((next: Language) => {
    localStorage.setItem(STORAGE_KEY, next);
    setLanguageState(next);
  }, []);
  const t = useCallback(
    (key: TextKey, values: Record<string, string | number> = {}) =>
      DICTIONARIES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) =>
        name in values ? String(values[name]) : whole,
      ),
    [language],
  );
  const state = useMemo(() => ({ language, setLanguage, t }), [language, setLanguage, t]);
  return <LanguageContext.Provider value={state}>{children}</LanguageContext.Provider>;
}

export function useT(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useT outside LanguageProvider');
  return state;
}

/** A date as `write` writes it; a value that is no date as it came. */
function dateText(iso: string, write: (date: Date) => string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : write(date);
}

/** Numbers and dates the way the chosen language writes them. */
export function useFormat() {
  const { language } = useT();
  return useMemo(
    () => ({
      number: (value: number, digits = 0) => formatNumber(value, language, digits),
      date: (iso: string) => dateText(iso, (d) => formatDate(d, language)),
      dateTime: (iso: string) => dateText(iso, (d) => formatDateTime(d, language)),
    }),
    [language],
  );
}
