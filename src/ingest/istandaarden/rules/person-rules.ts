import type { Contact, Geboortedatum, IstandaardMessage, Naam } from '../message-types.js';
import { idx, isValidBsn, type Reporter } from './rule-support.js';

/** Person and contact conditions: CS002, CS139, CS050, CS318, CD007, CD025, CD034, CS089, CD005, CD009. */
export function checkPersons(message: IstandaardMessage, r: Reporter): void {
  for (const { bsn, path } of bsns(message)) {
    if (!isValidBsn(bsn)) r.report('CS002', path, `Bsn ${bsn} fails the 11-proef`);
  }
  switch (message.messageType) {
    case '301': {
      const c = message.Client;
      checkGeboortedatum(c.Geboortedatum, '/Bericht/Client/Geboortedatum', r);
      checkNaam(c.Naam, '/Bericht/Client/Naam', r, true);
      if (c.Communicatie) {
        const { Vorm, Taal } = c.Communicatie;
        if ((Vorm === '1') !== (Taal !== undefined)) {
          r.report(
            'CD007',
            '/Bericht/Client/Communicatie/Taal',
            'Taal is filled exactly when Vorm is 1 (tolk)',
          );
        }
      }
      c.Contactgegevens.Contact.forEach((k, i) =>
        checkContact(k, idx('/Bericht/Client/Contactgegevens', 'Contact', i), r),
      );
      c.Relaties?.Relatie.forEach((rel, i) => {
        const path = idx('/Bericht/Client/Relaties', 'Relatie', i);
        if (rel.Geboortedatum) checkGeboortedatum(rel.Geboortedatum, `${path}/Geboortedatum`, r);
        checkNaam(rel.Naam, `${path}/Naam`, r, false);
        checkContact(rel.Contact, `${path}/Contact`, r);
      });
      return;
    }
    case '305':
    case '307':
    case '315':
      checkGeboortedatum(message.Client.Geboortedatum, '/Bericht/Client/Geboortedatum', r);
      return;
    default:
      return;
  }
}

function bsns(message: IstandaardMessage): { bsn: string; path: string }[] {
  switch (message.messageType) {
    case '301':
    case '305':
    case '307':
    case '315':
    case '317':
      return [{ bsn: message.Client.Bsn, path: '/Bericht/Client/Bsn' }];
    case '323':
      return message.Declaratie.Clienten.Client.map((c, i) => ({
        bsn: c.Bsn,
        path: `${idx('/Bericht/Declaratie/Clienten', 'Client', i)}/Bsn`,
      }));
    default:
      return [];
  }
}

/** CS139: DatumGebruik 1 = day unknown (dd = 01), 2 = day and month unknown (-01-01), 3 = all unknown (1900-01-01). */
function checkGeboortedatum(g: Geboortedatum, path: string, r: Reporter): void {
  const expected: Record<string, (d: string) => boolean> = {
    '1': (d) => d.endsWith('-01'),
    '2': (d) => d.endsWith('-01-01'),
    '3': (d) => d === '1900-01-01',
  };
  const check = g.DatumGebruik ? expected[g.DatumGebruik] : undefined;
  if (check && !check(g.Datum)) {
    r.report('CS139', `${path}/Datum`, `Datum ${g.Datum} does not fit DatumGebruik ${g.DatumGebruik}`);
  }
}

function checkNaam(naam: Naam, path: string, r: Reporter, isClient: boolean): void {
  const allowed = naam.Partnernaam ? ['1', '2', '3', '4'] : ['1', '6'];
  if (!allowed.includes(naam.NaamGebruik)) {
    r.report(
      'CS050',
      `${path}/NaamGebruik`,
      `NaamGebruik ${naam.NaamGebruik} needs ${naam.Partnernaam ? 'no Partnernaam' : 'a Partnernaam'}; allowed: ${allowed.join(', ')}`,
    );
  }
  if (isClient && naam.NaamGebruik === '6') {
    r.report('CS318', `${path}/NaamGebruik`, 'a client is a natural person: NaamGebruik 6 is not allowed');
  }
}

const NL_POSTCODE = /^[1-9][0-9]{3}[A-Z]{2}$/;

function checkContact(k: Contact, path: string, r: Reporter): void {
  const a = k.Adres;
  if (a) {
    const dutch = a.LandCode === undefined || a.LandCode === 'NL';
    if (dutch && !a.Huis) r.report('CD025', `${path}/Adres/Huis`, 'a Dutch address needs Huis');
    if (dutch && (k.Soort === '01' || k.Soort === '03') && a.Postcode === undefined) {
      r.report('CD034', `${path}/Adres/Postcode`, `a Dutch address of Soort ${k.Soort} needs a Postcode`);
    }
    if (dutch && a.Postcode !== undefined && !NL_POSTCODE.test(a.Postcode)) {
      r.report('CS089', `${path}/Adres/Postcode`, `"${a.Postcode}" is not a Dutch postcode (1234AB)`);
    }
    if (!dutch && a.Postcode !== undefined) {
      r.report(
        'CD005',
        `${path}/Adres/Postcode`,
        `a foreign address (LandCode ${a.LandCode}) has no Dutch Postcode`,
      );
    }
  }
  if (k.Periode && k.Soort !== '04') {
    r.report(
      'CD009',
      `${path}/Periode`,
      `Periode is only for a temporary address (Soort 04), not Soort ${k.Soort}`,
    );
  }
}
