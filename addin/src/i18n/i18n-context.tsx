import { createContext, type ReactNode, useContext, useMemo, useState } from 'react';

import type { Language } from '../api/medpromo-api';
import { MESSAGES_EN } from './messages-en';
import { MESSAGES_ZH, type MessageKey } from './messages-zh';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

interface I18n {
  language: Language;
  setLanguage: (language: Language) => void;
  t: Translate;
}

const I18nContext = createContext<I18n | null>(null);

/** zh-CN by default; the switch changes every text at once, including sheet headers made next. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguage] = useState<Language>('zh-CN');
  const value = useMemo<I18n>(() => {
    const messages = language === 'zh-CN' ? MESSAGES_ZH : MESSAGES_EN;
    const t: Translate = (key, values = {}) =>
      messages[key].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
    return { language, setLanguage, t };
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
