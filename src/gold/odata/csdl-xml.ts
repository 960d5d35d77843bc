// The OData v4 service metadata document ($metadata) of the gold feed as CSDL XML, and the service
// document (the JSON list of entity sets at the service root). Pure text from the entity sets.

import type { ODataEntitySet, ODataProperty } from './odata-entity.js';

/** Namespace of the entity types; the container is `<namespace>.Gold`. */
export const ODATA_NAMESPACE = 'GGM.Gold';
export const ODATA_CONTAINER = 'Gold';

const CORE_VOCABULARY = 'https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Core.V1.xml';
const CAPABILITIES_VOCABULARY =
  'https://oasis-tcs.github.io/odata-vocabularies/vocabularies/Org.OData.Capabilities.V1.xml';

/** What the feed can do, declared on the container for clients that read capabilities. */
const CAPABILITIES = [
  '      <Annotation Term="Capabilities.FilterFunctions">',
  '        <Collection><String>contains</String><String>startswith</String><String>endswith</String></Collection>',
  '      </Annotation>',
  '      <Annotation Term="Capabilities.TopSupported" Bool="true"/>',
  '      <Annotation Term="Capabilities.SkipSupported" Bool="true"/>',
  '      <Annotation Term="Capabilities.BatchSupported" Bool="false"/>',
];

/** Text for an XML attribute value or element content. */
export function xmlEscape(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      .replace(/\r?\n/g, '&#10;')
      .replace(/\t/g, '&#9;')
      // control characters cannot appear in XML 1.0 at all
      .replace(/[\p{Cc}]/gu, (c) => (c === '\n' || c === '\t' || c === '\r' ? c : ''))
  );
}

function annotation(term: string, text: string, indent: string): string {
  return `${indent}<Annotation Term="Core.${term}" String="${xmlEscape(text)}"/>`;
}

function propertyXml(p: ODataProperty): string {
  const facets = p.type === 'Edm.Decimal' ? ' Scale="variable"' : '';
  const nullable = p.nullable ? '' : ' Nullable="false"';
  return [
    `      <Property Name="${p.name}" Type="${p.type}"${nullable}${facets}>`,
    annotation('Description', p.description, '        '),
    '      </Property>',
  ].join('\n');
}

function entityTypeXml(set: ODataEntitySet): string {
  return [
    `    <EntityType Name="${set.name}">`,
    '      <Key>',
    ...set.key.map((k) => `        <PropertyRef Name="${k}"/>`),
    '      </Key>',
    ...set.properties.map(propertyXml),
    annotation('Description', set.metric.title, '      '),
    annotation('LongDescription', set.metric.definition, '      '),
    '    </EntityType>',
  ].join('\n');
}

function entitySetXml(set: ODataEntitySet): string {
  return [
    `      <EntitySet Name="${set.name}" EntityType="${ODATA_NAMESPACE}.${set.name}">`,
    annotation('Description', set.metric.title, '        '),
    '      </EntitySet>',
  ].join('\n');
}

/** The CSDL XML document; valid against the OASIS edmx.xsd/edm.xsd (checked in the tests). */
export function metadataXml(sets: readonly ODataEntitySet[]): string {
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<edmx:Edmx xmlns:edmx="http://docs.oasis-open.org/odata/ns/edmx" Version="4.0">',
    `  <edmx:Reference Uri="${CORE_VOCABULARY}">`,
    '    <edmx:Include Namespace="Org.OData.Core.V1" Alias="Core"/>',
    '  </edmx:Reference>',
    `  <edmx:Reference Uri="${CAPABILITIES_VOCABULARY}">`,
    '    <edmx:Include Namespace="Org.OData.Capabilities.V1" Alias="Capabilities"/>',
    '  </edmx:Reference>',
    '  <edmx:DataServices>',
    `  <Schema xmlns="http://docs.oasis-open.org/odata/ns/edm" Namespace="${ODATA_NAMESPACE}">`,
    ...sets.map(entityTypeXml),
    // the schema requires a container to hold at least one set
    ...(sets.length === 0
      ? []
      : [
          `    <EntityContainer Name="${ODATA_CONTAINER}">`,
          ...sets.map(entitySetXml),
          ...CAPABILITIES,
          '    </EntityContainer>',
        ]),
    '  </Schema>',
    '  </edmx:DataServices>',
    '</edmx:Edmx>',
    '',
  ].join('\n');
}

/**
 * The service document: `@odata.context` and one entry per entity set. URLs are absolute: a service root
 * without a trailing slash (as here) would make relative ones resolve next to it, not below it.
 */
export function serviceDocument(
  sets: readonly ODataEntitySet[],
  serviceRoot: string,
): {
  '@odata.context': string;
  value: { name: string; kind: 'EntitySet'; url: string; title: string }[];
} {
  return {
    '@odata.context': `${serviceRoot}/$metadata`,
    value: sets.map((s) => ({
      name: s.name,
      kind: 'EntitySet',
      url: `${serviceRoot}/${s.name}`,
      title: s.metric.title,
    })),
  };
}
