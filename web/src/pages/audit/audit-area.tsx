import { DataTable } from '../../components/data-table.js';
import { useState, type FormEvent } from 'react';
import { apiGet, apiPost, ApiProblem } from '../../api/client.js';
import { useApi, type Loaded } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { useT } from '../../i18n/language.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { PoliteView } from '../overview/polite-view.js';
import { dateTime } from '../runs/run-format.js';
import { AUDIT_TEXTS } from './audit-texts.js';

interface Verification {
  intact: boolean;
  regels: number;
  laatste?: { volgnummer: number; hash: string };
  problemen: { code: string; melding: string; regel?: number }[];
}

interface Trail {
  bsn: string;
  verificatie: Verification;
  onleesbareRegels: number;
  verwerkingen: {
    volgnummer: number;
    tijdstip: string;
    handeling: string;
    verwerkingsactiviteit: string | null;
    gebruiker: string;
    rollen: string[];
    uitkomst: 'allowed' | 'denied';
    toelichting: string | null;
  }[];
}

/** `/logboek`: the chain's verification and a person's processing trail (privacy officer). */
export default function AuditArea() {
  const t = usePageTexts(AUDIT_TEXTS);
  const verification = useApi(() => apiGet<Verification>('/logboek/verificatie'), []);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      <PoliteView result={verification}>
        {(v) => (
          <>
            <section aria-labelledby="keten">
              <h2 className="utrecht-heading-2" id="keten">
                {t('chain')}
              </h2>
              <ChainStatus verification={v} />
            </section>
            <PersonSearch />
          </>
        )}
      </PoliteView>
    </>
  );
}

function ChainStatus({ verification: v }: { verification: Verification }) {
  const t = usePageTexts(AUDIT_TEXTS);
  return (
    <div
      className={`utrecht-alert utrecht-alert--${v.intact ? 'ok' : 'error'} ggm-chain`}
      role="status"
      data-testid="keten"
    >
      <p className="utrecht-paragraph">
        <span aria-hidden="true">{v.intact ? '✓ ' : '✗ '}</span>
        <strong>{v.intact ? t('intact') : t('broken')}</strong>{' '}
        {t('lines', { lines: v.regels, sequence: v.laatste?.volgnummer ?? '–' })}
      </p>
      {v.laatste && <p className="utrecht-paragraph ggm-hash">{t('head', { hash: v.laatste.hash })}</p>}
      {v.problemen.length > 0 && (
        <>
          <h3 className="utrecht-heading-3">{t('problems')}</h3>
          <ul className="utrecht-unordered-list">
            {v.problemen.map((p, i) => (
              <li key={i} className="utrecht-unordered-list__item">
                {p.code}
                {p.regel !== undefined ? ` (regel ${p.regel})` : ''}: {p.melding}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function PersonSearch() {
  const t = usePageTexts(AUDIT_TEXTS);
  const { language } = useT();
  const [bsn, setBsn] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [result, setResult] = useState<Loaded<Trail> | undefined>();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const digits = bsn.replace(/[\s.-]/g, '');
    if (!/^\d{8,9}$/.test(digits)) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    setResult({ state: 'loading' });
    // the BSN travels in the POST body, never in the URL
    apiPost<Trail>('/logboek/_zoek', { bsn: digits }).then(
      (data) => setResult({ state: 'done', data }),
      (error: unknown) =>
        setResult({
          state: 'error',
          problem: error instanceof ApiProblem ? error : new ApiProblem(0, 'Fout', String(error)),
        }),
    );
  };
  return (
    <section aria-labelledby="persoon">
      <h2 className="utrecht-heading-2" id="persoon">
        {t('search')}
      </h2>
      <form className="ggm-search" onSubmit={submit} noValidate>
        <div className={`utrecht-form-field${invalid ? ' utrecht-form-field--invalid' : ''}`}>
          <label className="utrecht-form-label" htmlFor="bsn">
            {t('bsn')}
          </label>
          <p className="utrecht-form-field-description" id="bsn-uitleg">
            {t('bsnHint')}
          </p>
          {invalid && (
            <p className="utrecht-form-field-error-message" id="bsn-fout" role="alert">
              {t('invalid')}
            </p>
          )}
          <input
            id="bsn"
            name="bsn"
            className="utrecht-textbox"
            inputMode="numeric"
            autoComplete="off"
            value={bsn}
            aria-invalid={invalid}
            aria-describedby={invalid ? 'bsn-uitleg bsn-fout' : 'bsn-uitleg'}
            onChange={(e) => setBsn(e.target.value)}
          />
        </div>
        <button type="submit" className="utrecht-button utrecht-button--primary-action">
          {t('find')}
        </button>
      </form>
      {result && (
        <LoadedView result={result}>
          {(trail) => (
            <div data-testid="verwerkingen">
              <h3 className="utrecht-heading-3">{t('resultTitle', { bsn: trail.bsn })}</h3>
              {(!trail.verificatie.intact || trail.onleesbareRegels > 0) && (
                <div className="utrecht-alert utrecht-alert--warning" role="alert">
                  <p className="utrecht-paragraph">{t('incomplete')}</p>
                </div>
              )}
              {trail.verwerkingen.length === 0 ? (
                <p className="utrecht-paragraph">{t('none')}</p>
              ) : (
                <div
                  className="ggm-scroll"
                  role="region"
                  aria-label={t('resultCaption', { bsn: trail.bsn })}
                  tabIndex={0}
                >
                  <DataTable
                    caption={t('resultCaption', { bsn: trail.bsn })}
                    columns={[
                      t('time'),
                      t('user'),
                      t('roles'),
                      t('action'),
                      t('activity'),
                      t('outcome'),
                      t('detail'),
                    ]}
                  >
                    {trail.verwerkingen.map((v) => (
                      <tr className="utrecht-table__row" key={v.volgnummer}>
                        <td className="utrecht-table__cell">{dateTime(v.tijdstip, language)}</td>
                        <td className="utrecht-table__cell">{v.gebruiker}</td>
                        <td className="utrecht-table__cell">{v.rollen.join(', ')}</td>
                        <td className="utrecht-table__cell">{v.handeling}</td>
                        <td className="utrecht-table__cell">{v.verwerkingsactiviteit ?? '–'}</td>
                        <td className="utrecht-table__cell">{t(v.uitkomst)}</td>
                        <td className="utrecht-table__cell">{v.toelichting ?? ''}</td>
                      </tr>
                    ))}
                  </DataTable>
                </div>
              )}
            </div>
          )}
        </LoadedView>
      )}
    </section>
  );
}
