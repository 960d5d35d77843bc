import type { Amount, IstandaardMessage, Omvang, Product } from '../message-types.js';
import { idx, type Reporter } from './rule-support.js';

/**
 * The toewijzing-content conditions (§8 "Toewijzing content") on 301 ToegewezenProduct, 315
 * AangevraagdProduct and 317 TeWijzigenProduct / NieuwProduct.
 */
interface ToewijzingLine {
  path: string;
  /** False for a 317 TeWijzigenProduct, which names its product by ToewijzingNummer only. */
  hasProductElement: boolean;
  product?: Product;
  omvang?: Omvang;
  budget?: Amount;
  begin: string;
  end?: string;
  beginName: string;
  endName: string;
  redenWijziging?: string;
}

interface RuleIds {
  /** CD080 in 301, CD095 in 315, CD096 in 317. */
  categoryOnly: string;
  /** CS338 in 301, CS343 in 315/317. */
  frequentie: string;
}

const END_2020 = '2020-12-31';
const PERIOD_UNITS = new Set(['14', '16', '83', '84']);

export function checkToewijzingContent(message: IstandaardMessage, r: Reporter): void {
  for (const { line, ids } of toewijzingLines(message))
    checkLine(line, ids, r, message.messageType === '301');
}

function toewijzingLines(message: IstandaardMessage): { line: ToewijzingLine; ids: RuleIds }[] {
  const out: { line: ToewijzingLine; ids: RuleIds }[] = [];
  if (message.messageType === '301') {
    const base = '/Bericht/Client/ToegewezenProducten';
    message.Client.ToegewezenProducten.ToegewezenProduct.forEach((p, i) =>
      out.push({
        ids: { categoryOnly: 'CD080', frequentie: 'CS338' },
        line: {
          path: idx(base, 'ToegewezenProduct', i),
          hasProductElement: true,
          product: p.Product,
          omvang: p.Omvang,
          budget: p.Budget,
          begin: p.Ingangsdatum,
          end: p.Einddatum,
          beginName: 'Ingangsdatum',
          endName: 'Einddatum',
          redenWijziging: p.RedenWijziging,
        },
      }),
    );
  } else if (message.messageType === '315') {
    const base = '/Bericht/Client/AangevraagdeProducten';
    message.Client.AangevraagdeProducten.AangevraagdProduct.forEach((p, i) =>
      out.push({
        ids: { categoryOnly: 'CD095', frequentie: 'CS343' },
        line: {
          path: idx(base, 'AangevraagdProduct', i),
          hasProductElement: true,
          product: p.Product,
          omvang: p.Omvang,
          budget: p.Budget,
          begin: p.ToewijzingIngangsdatum,
          end: p.ToewijzingEinddatum,
          beginName: 'ToewijzingIngangsdatum',
          endName: 'ToewijzingEinddatum',
        },
      }),
    );
  } else if (message.messageType === '317') {
    const v = message.Client.Verzoek;
    const ids = { categoryOnly: 'CD096', frequentie: 'CS343' };
    v.TeWijzigenProducten?.TeWijzigenProduct.forEach((p, i) =>
      out.push({
        ids,
        line: {
          path: idx('/Bericht/Client/Verzoek/TeWijzigenProducten', 'TeWijzigenProduct', i),
          hasProductElement: false,
          omvang: p.Omvang,
          budget: p.Budget,
          begin: p.GewensteIngangsdatum,
          end: p.Einddatum,
          beginName: 'GewensteIngangsdatum',
          endName: 'Einddatum',
        },
      }),
    );
    v.NieuweProducten?.NieuwProduct.forEach((p, i) =>
      out.push({
        ids,
        line: {
          path: idx('/Bericht/Client/Verzoek/NieuweProducten', 'NieuwProduct', i),
          hasProductElement: true,
          product: p.Product,
          omvang: p.Omvang,
          budget: p.Budget,
          begin: p.GewensteIngangsdatum,
          end: p.Einddatum,
          beginName: 'GewensteIngangsdatum',
          endName: 'Einddatum',
        },
      }),
    );
  }
  return out;
}

function checkLine(line: ToewijzingLine, ids: RuleIds, r: Reporter, is301: boolean): void {
  const { path, product, omvang, budget, end } = line;
  const afterCutoff = end === undefined || end > END_2020;
  if (product?.Code !== undefined && !omvang) {
    r.report('CD041', `${path}/Omvang`, `Product Code ${product.Code} is filled, so Omvang is required`);
  }
  if (line.hasProductElement && product && product.Code === undefined && afterCutoff && omvang) {
    r.report(
      ids.categoryOnly,
      `${path}/Omvang`,
      'a toewijzing on category only (no Code) must leave Omvang empty',
    );
  }
  if (budget && omvang) {
    r.report('CD077', `${path}/Omvang`, 'Budget is filled, so Omvang must be empty');
    r.report('CD078', `${path}/Budget`, 'Omvang is filled, so Budget must be empty');
  }
  if (line.hasProductElement && !budget && !product) {
    r.report('CD079', `${path}/Product`, 'without Budget a Product is required');
  }
  if (budget && end === undefined) {
    r.report('CD075', `${path}/${line.endName}`, `with Budget ${line.endName} is required`);
  }
  if (omvang?.Frequentie === '2' && end === undefined) {
    r.report('CD076', `${path}/${line.endName}`, `with Frequentie 2 (per week) ${line.endName} is required`);
  }
  if (
    omvang &&
    PERIOD_UNITS.has(omvang.Eenheid) &&
    afterCutoff &&
    !['2', '4', '6'].includes(omvang.Frequentie)
  ) {
    r.report(
      ids.frequentie,
      `${path}/Omvang/Frequentie`,
      `Eenheid ${omvang.Eenheid} needs Frequentie 2, 4 or 6, not ${omvang.Frequentie}`,
    );
  }
  if (end !== undefined && end < line.begin) {
    r.report(
      'CS003',
      `${path}/${line.endName}`,
      `${line.endName} ${end} is before ${line.beginName} ${line.begin}`,
    );
  }
  if (!is301) return;
  if (line.redenWijziging === '13' && end !== line.begin) {
    r.report(
      'CS335',
      `${path}/RedenWijziging`,
      'RedenWijziging 13 (verwijderd) needs Einddatum equal to Ingangsdatum',
    );
  }
  if (line.redenWijziging === '01') {
    r.report('CS336', `${path}/RedenWijziging`, 'RedenWijziging 01 is not used in 3.2 (withdraw with 13)');
  }
}
