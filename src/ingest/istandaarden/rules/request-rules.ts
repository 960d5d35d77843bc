import type { IstandaardMessage } from '../message-types.js';
import { idx, type Reporter } from './rule-support.js';

const NAMED_REFERRERS = new Set(['02', '03', '04', '05']);

/** VOT / antwoord / start-stop conditions: CD043, CD066, CD067, CD085, CD086, CS058. */
export function checkRequests(message: IstandaardMessage, r: Reporter): void {
  switch (message.messageType) {
    case '315':
      message.Client.AangevraagdeProducten.AangevraagdProduct.forEach((p, i) => {
        const path = idx('/Bericht/Client/AangevraagdeProducten', 'AangevraagdProduct', i);
        if ((p.BeschikkingNummer === undefined) !== (p.BeschikkingIngangsdatum === undefined)) {
          r.report(
            'CD043',
            `${path}/BeschikkingIngangsdatum`,
            'BeschikkingIngangsdatum is filled exactly when BeschikkingNummer is',
          );
        }
        const v = p.Verwijzer;
        if (NAMED_REFERRERS.has(v.Type) && v.ZorgverlenerCode === undefined && v.Naam === undefined) {
          r.report('CD066', `${path}/Verwijzer`, `Verwijzer Type ${v.Type} needs ZorgverlenerCode or Naam`);
        }
        if (!NAMED_REFERRERS.has(v.Type) && v.ZorgverlenerCode !== undefined) {
          r.report(
            'CD067',
            `${path}/Verwijzer/ZorgverlenerCode`,
            `Verwijzer Type ${v.Type} has no ZorgverlenerCode`,
          );
        }
      });
      return;
    case '319': {
      const a = message.Antwoord;
      if (a.VerzoekAntwoord === '1' && a.RedenAfwijzingVerzoek === undefined) {
        r.report(
          'CD085',
          '/Bericht/Antwoord/RedenAfwijzingVerzoek',
          'a rejection (VerzoekAntwoord 1) needs a reason',
        );
      }
      if (a.VerzoekAntwoord !== '1' && a.RedenAfwijzingVerzoek !== undefined) {
        r.report(
          'CD086',
          '/Bericht/Antwoord/RedenAfwijzingVerzoek',
          'only a rejection (VerzoekAntwoord 1) has a reason',
        );
      }
      return;
    }
    case '305':
      message.Client.StartProducten.StartProduct.forEach((p, i) =>
        checkStatus(p.StatusAanlevering, idx('/Bericht/Client/StartProducten', 'StartProduct', i), r),
      );
      return;
    case '307':
      message.Client.StopProducten.StopProduct.forEach((p, i) =>
        checkStatus(p.StatusAanlevering, idx('/Bericht/Client/StopProducten', 'StopProduct', i), r),
      );
      return;
    default:
      return;
  }
}

function checkStatus(status: string, path: string, r: Reporter): void {
  if (status !== '1' && status !== '3') {
    r.report('CS058', `${path}/StatusAanlevering`, `StatusAanlevering must be 1 or 3, not ${status}`);
  }
}
