import { buildZip } from '../../../xlsx/zip-writer.js';
import { MESSAGE_BY_NUMBER, messageName, type MessageNumber, type Standard } from '../message-catalog.js';
import type { HeenHeader, IstandaardMessage, RetourHeader } from '../message-types.js';
import { writeMessage } from '../message-writer.js';
import { getMessageSchema } from '../schema/message-schemas.js';
import type { GroupNode } from '../schema/schema-nodes.js';

/** Record factories shared by the corpus and the invalid cases. Pure: no clock, no I/O. */

export const XSD_VERSIE = { BasisschemaXsdVersie: '1.2.0', BerichtXsdVersie: '1.2.0' };

export function heenHeader(
  std: Standard,
  number: MessageNumber,
  afzender: string,
  ontvanger: string,
  identificatie: string,
  dagtekening: string,
): HeenHeader {
  return {
    BerichtCode: MESSAGE_BY_NUMBER.get(number)!.code[std],
    BerichtVersie: 3,
    BerichtSubversie: 2,
    Afzender: afzender,
    Ontvanger: ontvanger,
    BerichtIdentificatie: { Identificatie: identificatie, Dagtekening: dagtekening },
    XsdVersie: { ...XSD_VERSIE },
  };
}

export function base<N extends MessageNumber>(std: Standard, number: N) {
  return { messageType: number, standard: std, name: messageName(std, number) };
}

/**
 * The retour on a heen message: header copied plus retour fields; `rejectCode` set = the body repeated
 * with RetourCodes on every class (the client was rejected), otherwise header code 0200 and no body.
 */
export function retourOf(
  heen: IstandaardMessage,
  identificatie: string,
  dagtekening: string,
  rejectCode?: string,
): IstandaardMessage {
  const number = String(Number(heen.messageType) + 1) as MessageNumber;
  const header: RetourHeader = {
    ...(heen.Header as HeenHeader),
    BerichtCode: MESSAGE_BY_NUMBER.get(number)!.code[heen.standard],
    IdentificatieRetour: identificatie,
    DagtekeningRetour: dagtekening,
    XsdVersieRetour: { ...XSD_VERSIE },
    ...(rejectCode ? {} : { RetourCodes: { RetourCode: ['0200'] } }),
  };
  const record: Record<string, unknown> = { ...base(heen.standard, number), Header: header };
  if (rejectCode) {
    const schema = getMessageSchema(heen.standard, heen.messageType);
    for (const def of schema.root.children) {
      if (def.name === 'Header' || def.node.kind !== 'group') continue;
      const value = (heen as unknown as Record<string, unknown>)[def.name];
      if (value !== undefined)
        record[def.name] = withRetourCodes(def.node, value, def.node.role === 'class', rejectCode);
    }
  }
  return record as unknown as IstandaardMessage;
}

function withRetourCodes(group: GroupNode, value: unknown, isClass: boolean, code: string): unknown {
  if (Array.isArray(value)) return value.map((v) => withRetourCodes(group, v, isClass, code));
  const obj = { ...(value as Record<string, unknown>) };
  for (const def of group.children) {
    if (def.node.kind === 'group' && obj[def.name] !== undefined) {
      obj[def.name] = withRetourCodes(def.node, obj[def.name], def.node.role === 'class', code);
    }
  }
  if (isClass) obj['RetourCodes'] = { RetourCode: [code] };
  return obj;
}

/** The VECOZO SOAP `IndienenBericht` envelope: the message file zipped and base64-encoded in `Data`. */
export function vecozoEnvelope(record: IstandaardMessage, fileName: string): string {
  const zip = buildZip([{ name: fileName, data: Buffer.from(writeMessage(record), 'utf8') }]);
  const data = zip.toString('base64').replace(/(.{76})/g, '$1\r\n');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:vz="urn:vecozo:fictief:indienen">',
    '  <soap:Header>',
    '    <vz:RouteringHeader>',
    `      <vz:Berichttype>${record.standard === 'iWmo' ? 'WMO' : 'JW'}</vz:Berichttype>`,
    `      <vz:Berichtsubtype>${record.messageType}</vz:Berichtsubtype>`,
    '      <vz:Berichtversie>3</vz:Berichtversie>',
    '      <vz:Berichtsubversie>2</vz:Berichtsubversie>',
    '      <vz:Actie>Indienen</vz:Actie>',
    '    </vz:RouteringHeader>',
    '  </soap:Header>',
    '  <soap:Body>',
    '    <vz:IndienenBericht>',
    `      <vz:Bestandsnaam>${fileName}</vz:Bestandsnaam>`,
    `      <vz:Data>${data}</vz:Data>`,
    '    </vz:IndienenBericht>',
    '  </soap:Body>',
    '</soap:Envelope>',
    '',
  ].join('\r\n');
}

/** A StUF-GGk vrij bericht (Di01 heen, Du01 retour) with the message inline in its body. */
export function stufEnvelope(record: IstandaardMessage, referentie: string): string {
  const info = MESSAGE_BY_NUMBER.get(record.messageType)!;
  const inner = writeMessage(record).replace(/^<\?xml[^>]*>\r\n/, '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<ggk:ggk0310 xmlns:ggk="http://www.stufstandaarden.nl/koppelvlak/ggk0310" xmlns:StUF="http://www.egem.nl/StUF/StUF0301">',
    '  <ggk:stuurgegevens>',
    `    <StUF:berichtcode>${info.kind === 'heen' ? 'Di01' : 'Du01'}</StUF:berichtcode>`,
    `    <StUF:referentienummer>${referentie}</StUF:referentienummer>`,
    `    <StUF:functie>${messageName(record.standard, record.messageType)}</StUF:functie>`,
    '  </ggk:stuurgegevens>',
    '  <ggk:body>',
    inner.trimEnd(),
    '  </ggk:body>',
    '</ggk:ggk0310>',
    '',
  ].join('\r\n');
}

/** Several messages in one file under a wrapper element (how batch exports and the benchmark store them). */
export function batchFile(records: readonly IstandaardMessage[]): string {
  const parts = records.map((r) => writeMessage(r).replace(/^<\?xml[^>]*>\r\n/, ''));
  return `<?xml version="1.0" encoding="UTF-8"?>\r\n<Berichten>\r\n${parts.join('')}</Berichten>\r\n`;
}
