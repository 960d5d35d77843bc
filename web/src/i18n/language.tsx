// Dutch by default, English available. Texts live in one dictionary per language (nl.ts is the
// reference: en.ts must have the same keys, which the type enforces).
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { en } from './en.js';
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

/** Numbers and dates the way the chosen language writes them. */
export function useFormat() {
  const { language } = useT();
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  return useMemo(
    () => ({
      number: (value: number, digits = 0) =>
        value.toLocaleString(locale, { maximumFractionDigits: digits, minimumFractionDigits: 0 }),
      date: (iso: string) => new Date(iso).toLocaleDateString(locale),
      dateTime: (iso: string) => new Date(iso).toLocaleString(locale),
    }),
    [locale],
  );
}
