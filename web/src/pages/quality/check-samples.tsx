// Failing samples of one check, read under the policy. Another part of the API serves them; where it
// does not (404) or the policy says no (403), a polite note instead of an error.
import { DataTable } from '../../components/data-table.js';
import { apiGet } from '../../api/client.js';
import { useApi } from '../../api/use-api.js';
import { LoadedView } from '../../components/loaded.js';
import { usePageTexts } from '../../i18n/page-texts.js';
import { useSession } from '../../session/session.js';
import { QUALITY_TEXTS } from './quality-texts.js';

type Sample = Record<string, unknown>;

/** Samples may come as a page (`_embedded.voorbeelden`) or a plain list. */
function samplesOf(answer: unknown): Sample[] {
  if (Array.isArray(answer)) return answer as Sample[];
  const embedded = (answer as { _embedded?: Record<string, unknown> })._embedded;
  const list = embedded ? Object.values(embedded)[0] : (answer as { voorbeelden?: unknown }).voorbeelden;
  return Array.isArray(list) ? (list as Sample[]) : [];
}

export function CheckSamples({ check }: { check: string }) {
  const text = usePageTexts(QUALITY_TEXTS);
  const { purpose } = useSession();
  const result = useApi(
    () =>
      apiGet<unknown>(
        `/kwaliteit/${encodeURIComponent(check)}/voorbeelden`,
        purpose ? { doel: purpose } : {},
      ).then(samplesOf),
    [check],
  );
  if (result.state === 'error' && (result.problem.status === 404 || result.problem.status === 405))
    return <p className="utrecht-paragraph ggm-note">{text('samplesUnavailable')}</p>;
  if (result.state === 'error' && (result.problem.status === 403 || result.problem.status === 400))
    return <p className="utrecht-paragraph ggm-note">{text('samplesDenied')}</p>;
  return (
    <LoadedView result={result}>
      {(samples) => {
        if (samples.length === 0) return <p className="utrecht-paragraph ggm-note">{text('samplesNone')}</p>;
        const columns = [
          ...new Set(samples.flatMap((s) => Object.keys(s).filter((k) => !k.startsWith('_')))),
        ];
        return (
          <div className="ggm-table-scroll">
            <DataTable
              caption={text('samplesCaption', { check })}
              columns={columns}
              className="utrecht-table"
            >
              {samples.map((s, i) => (
                <tr key={i} className="utrecht-table__row">
                  {columns.map((c) => (
                    <td key={c} className="utrecht-table__cell">
                      {typeof s[c] === 'object' && s[c] !== null ? JSON.stringify(s[c]) : String(s[c] ?? '')}
                    </td>
                  ))}
                </tr>
              ))}
            </DataTable>
          </div>
        );
      }}
    </LoadedView>
  );
}
