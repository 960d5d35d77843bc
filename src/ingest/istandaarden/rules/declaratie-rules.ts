import type { IstandaardMessage, Prestatie } from '../message-types.js';
import { idx, lastDayOfMonth, once, type Reporter } from './rule-support.js';

/** Declaratie conditions on a 323: CD060, CD087, CS339, CS337, CS340, CS100, CS319, CS325. */
export function checkDeclaratieContent(message: IstandaardMessage, r: Reporter): void {
  if (message.messageType !== '323') return;
  const d = message.Declaratie;
  const base = '/Bericht/Declaratie';
  const { Begindatum, Einddatum } = d.DeclaratiePeriode;
  if (Begindatum.slice(8) !== '01' || Einddatum !== lastDayOfMonth(Begindatum)) {
    r.report(
      'CS340',
      `${base}/DeclaratiePeriode`,
      `DeclaratiePeriode ${Begindatum}–${Einddatum} is not one calendar month`,
    );
  }
  if (Begindatum < '2021-01-01') {
    r.report(
      'CS100',
      `${base}/DeclaratiePeriode/Begindatum`,
      'a 3.x declaration covers periods from 2021-01-01',
    );
  }
  if (!/^[a-zA-Z0-9]+$/.test(d.DeclaratieNummer)) {
    r.report('CS319', `${base}/DeclaratieNummer`, `"${d.DeclaratieNummer}" is not alphanumeric`);
  }
  if (d.TotaalIngediendBedrag.TotaalBedrag.value === 0 && d.TotaalIngediendBedrag.DebetCredit !== 'D') {
    r.report('CS325', `${base}/TotaalIngediendBedrag/DebetCredit`, 'a zero amount is debet (D)');
  }
  d.Clienten.Client.forEach((c, ci) => {
    c.Prestaties.Prestatie.forEach((p, pi) =>
      checkPrestatie(
        p,
        once(() => idx(`${idx(`${base}/Clienten`, 'Client', ci)}/Prestaties`, 'Prestatie', pi)),
        r,
      ),
    );
  });
}

function checkPrestatie(p: Prestatie, path: () => string, r: Reporter): void {
  const credit = p.IngediendBedrag.DebetCredit === 'C';
  const vorig = p.ProductReferentie.VorigReferentieNummer;
  if (credit !== (vorig !== undefined)) {
    r.report(
      'CD060',
      `${path()}/ProductReferentie/VorigReferentieNummer`,
      credit
        ? 'a credit line names the debet it corrects (VorigReferentieNummer)'
        : 'only a credit line has VorigReferentieNummer',
    );
  }
  if (p.Eenheid !== '83' && p.ProductTarief === undefined) {
    r.report('CD087', `${path()}/ProductTarief`, `Eenheid ${p.Eenheid} needs ProductTarief`);
  }
  if (p.Eenheid === '83' && p.ProductTarief !== undefined) {
    r.report('CD087', `${path()}/ProductTarief`, "with Eenheid 83 (euro's) ProductTarief stays empty");
  }
  if (p.Eenheid === '83' && p.IngediendBedrag.Bedrag.value !== p.GeleverdVolume) {
    r.report(
      'CS339',
      `${path()}/IngediendBedrag/Bedrag`,
      "with Eenheid 83 (euro's) Bedrag equals GeleverdVolume (cents)",
    );
  }
  const { Begindatum, Einddatum } = p.ProductPeriode;
  if (Begindatum.slice(0, 7) !== Einddatum.slice(0, 7)) {
    r.report(
      'CS337',
      `${path()}/ProductPeriode`,
      `ProductPeriode ${Begindatum}–${Einddatum} spans more than one month`,
    );
  }
  if (!/^[a-zA-Z0-9]+$/.test(p.ProductReferentie.ReferentieNummer)) {
    r.report('CS319', `${path()}/ProductReferentie/ReferentieNummer`, 'ReferentieNummer is not alphanumeric');
  }
  if (p.IngediendBedrag.Bedrag.value === 0 && credit) {
    r.report('CS325', `${path()}/IngediendBedrag/DebetCredit`, 'a zero amount is debet (D)');
  }
}
