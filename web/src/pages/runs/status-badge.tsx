import { usePageTexts } from '../../i18n/page-texts.js';

const TEXTS = {
  nl: {
    succeeded: 'geslaagd',
    failed: 'mislukt',
    skipped: 'overgeslagen',
    running: 'bezig',
    pass: 'goed',
    fail: 'fout',
    error: 'fout bij uitvoeren',
    unknown: 'onbekend',
  },
  en: {
    succeeded: 'succeeded',
    failed: 'failed',
    skipped: 'skipped',
    running: 'running',
    pass: 'pass',
    fail: 'fail',
    error: 'error',
    unknown: 'unknown',
  },
};

type Status = keyof (typeof TEXTS)['nl'];
const BAD = new Set(['failed', 'fail', 'error']);
const GOOD = new Set(['succeeded', 'pass']);

/** A status as a word with a symbol (never by colour alone) in an NL Design System badge. */
export function StatusBadge({ status }: { status: unknown }) {
  const t = usePageTexts(TEXTS);
  const key = (typeof status === 'string' && status in TEXTS.nl ? status : 'unknown') as Status;
  const tone = BAD.has(key) ? 'error' : GOOD.has(key) ? 'success' : 'neutral';
  const symbol = tone === 'error' ? '✗' : tone === 'success' ? '✓' : '•';
  return (
    <span className={`utrecht-badge-status utrecht-badge-status--${tone} ggm-status ggm-status--${tone}`}>
      <span aria-hidden="true">{symbol} </span>
      {t(key)}
    </span>
  );
}
