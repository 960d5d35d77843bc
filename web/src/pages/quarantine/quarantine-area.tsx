import { useState } from 'react';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { GovernedTable, type GovernedPage } from '../data/governed-table.js';
import { PoliteView } from '../overview/polite-view.js';
import { Pager } from '../runs/pager.js';

const TEXTS = {
  nl: {
    title: 'Quarantaine',
    intro:
      'Records die niet konden worden geladen, met hun plaats en reden. Een record gaat nooit stilzwijgend verloren: het wacht hier op herstel bij de bron.',
    caption: 'Records in quarantaine, pagina {page}',
    masked: 'Reden en ruwe tekst kunnen persoonsgegevens bevatten; het beleid bepaalt of u ze leesbaar ziet.',
  },
  en: {
    title: 'Quarantine',
    intro:
      'Records that could not be loaded, with where they came from and why. A record is never dropped silently: it waits here to be fixed at the source.',
    caption: 'Records in quarantine, page {page}',
    masked: 'Reason and raw text may hold personal data; the policy decides whether you see them in clear.',
  },
};

const PAGE_SIZE = 25;

/** `/quarantaine`: quarantined records under the policy (roles without a grant see a polite note). */
export default function QuarantineArea() {
  const t = usePageTexts(TEXTS);
  const [page, setPage] = useState(1);
  const loaded = useApi(() => apiGet<GovernedPage>('/quarantaine', { page, pageSize: PAGE_SIZE }), [page]);
  return (
    <>
      <h1 className="utrecht-heading-1">{t('title')}</h1>
      <p className="utrecht-paragraph">{t('intro')}</p>
      <PoliteView result={loaded}>
        {(data) => (
          <>
            <p className="utrecht-paragraph">{t('masked')}</p>
            <GovernedTable caption={t('caption', { page })} page={data} />
            <Pager page={page} hasNext={Boolean(data._links.next)} onPage={setPage} />
          </>
        )}
      </PoliteView>
    </>
  );
}
