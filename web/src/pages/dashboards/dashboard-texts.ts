// The dashboards' texts, Dutch and English.
import type { PageTexts } from '../../i18n/page-texts.js';

type Key =
  | 'title'
  | 'intro'
  | 'noPurpose'
  | 'listCaption'
  | 'colMetric'
  | 'colUnit'
  | 'colDimensions'
  | 'flowsLink'
  | 'back'
  | 'grain'
  | 'definition'
  | 'denominator'
  | 'denominatorRate'
  | 'denominatorPersons'
  | 'noDenominator'
  | 'unit'
  | 'threshold'
  | 'sources'
  | 'seriesTitle'
  | 'seriesCaption'
  | 'seriesDescription'
  | 'breakdownTitle'
  | 'breakdownCaption'
  | 'breakdownDescription'
  | 'dimension'
  | 'period'
  | 'colPeriod'
  | 'colNumerator'
  | 'colDenominator'
  | 'colValue'
  | 'suppressed'
  | 'suppressedNote'
  | 'suppressedInChart'
  | 'download'
  | 'noFigures'
  | 'noDimensions'
  | 'flowTitle'
  | 'flowCaption'
  | 'flowDescription'
  | 'flowUnavailable'
  | 'flowUnavailableDetail'
  | 'colFrom'
  | 'colTo'
  | 'tableNote'
  | 'unit.persons'
  | 'unit.count'
  | 'unit.euro'
  | 'unit.days'
  | 'unit.rate'
  | 'grain.month'
  | 'grain.quarter'
  | 'grain.halfyear'
  | 'grain.year';

export const DASHBOARD_TEXTS: PageTexts<Key> = {
  nl: {
    title: 'Dashboards',
    intro:
      'Alle indicatoren (gold) als tijdreeks en uitgesplitst naar hun dimensies. Kleine aantallen zijn onderdrukt.',
    noPurpose: 'Kies eerst een doel (verwerkingsactiviteit) bovenaan de pagina om cijfers te zien.',
    listCaption: 'Indicatoren',
    colMetric: 'Indicator',
    colUnit: 'Eenheid',
    colDimensions: 'Dimensies',
    flowsLink: 'Zorgpaden: stromen van verwijzer naar aanbieder naar productcategorie',
    back: 'Alle dashboards',
    grain: 'Periodesoort',
    definition: 'Definitie',
    denominator: 'Noemer',
    denominatorRate:
      'De waarde is teller gedeeld door noemer × {scale}. De noemer staat per cel in de tabel.',
    denominatorPersons: 'De waarde is teller gedeeld door noemer (het aantal cliënten van de cel).',
    noDenominator: 'Geen noemer: de waarde is de teller zelf.',
    unit: 'Eenheid',
    threshold: 'Cellen met minder dan {n} personen worden onderdrukt.',
    sources: 'Bronnen',
    seriesTitle: 'Tijdreeks',
    seriesCaption: '{metric}: totaal per {grain}',
    seriesDescription:
      'Lijndiagram van {metric}, totaal per periode. De cijfers staan in de tabel onder het diagram.',
    breakdownTitle: 'Uitsplitsing',
    breakdownCaption: '{metric} naar {dimension}, {period}',
    breakdownDescription:
      'Staafdiagram van {metric} naar {dimension} in {period}. Onderdrukte cellen hebben geen staaf; de tabel onder het diagram noemt ze.',
    dimension: 'Dimensie',
    period: 'Periode',
    colPeriod: 'Periode',
    colNumerator: 'Teller',
    colDenominator: 'Noemer',
    colValue: 'Waarde',
    suppressed: 'onderdrukt',
    suppressedNote:
      'Onderdrukt betekent: te weinig personen om te tonen zonder dat iemand herkenbaar wordt. Het is geen 0.',
    suppressedInChart: '{n} onderdrukte cel(len) hebben geen staaf of punt (gemarkeerd met “onderdrukt”).',
    download: 'Download CSV',
    noFigures: 'Er zijn geen cijfers voor deze keuze.',
    noDimensions: 'Deze indicator heeft geen dimensies om naar uit te splitsen.',
    flowTitle: 'Stromen',
    flowCaption: 'Zorgpaden in {period}: {dimensions}',
    flowDescription:
      'Stroomdiagram van {metric} in {period}. Elke stroom staat ook in de tabel onder het diagram; onderdrukte stromen alleen daar.',
    flowUnavailable: 'De zorgpaden zijn (nog) niet beschikbaar',
    flowUnavailableDetail:
      'Dit warehouse heeft de indicator zorgpad_stromen niet. Zodra die in gold staat, verschijnt hier het stroomdiagram.',
    colFrom: 'Van',
    colTo: 'Naar',
    tableNote: 'De tabel is het tekstalternatief van het diagram.',
    'unit.persons': 'personen',
    'unit.count': 'aantal',
    'unit.euro': 'euro',
    'unit.days': 'dagen',
    'unit.rate': 'per {scale}',
    'grain.month': 'maand',
    'grain.quarter': 'kwartaal',
    'grain.halfyear': 'halfjaar',
    'grain.year': 'jaar',
  },
  en: {
    title: 'Dashboards',
    intro:
      'Every gold metric as a time series and broken down by its dimensions. Small numbers are suppressed.',
    noPurpose: 'Choose a purpose (processing activity) at the top of the page to see figures.',
    listCaption: 'Metrics',
    colMetric: 'Metric',
    colUnit: 'Unit',
    colDimensions: 'Dimensions',
    flowsLink: 'Care pathways: flows from referrer to provider to product category',
    back: 'All dashboards',
    grain: 'Period type',
    definition: 'Definition',
    denominator: 'Denominator',
    denominatorRate:
      'The value is numerator divided by denominator × {scale}. The table gives each cell’s denominator.',
    denominatorPersons: 'The value is numerator divided by denominator (the number of clients in the cell).',
    noDenominator: 'No denominator: the value is the numerator itself.',
    unit: 'Unit',
    threshold: 'Cells with fewer than {n} persons are suppressed.',
    sources: 'Sources',
    seriesTitle: 'Time series',
    seriesCaption: '{metric}: total per {grain}',
    seriesDescription: 'Line chart of {metric}, total per period. The table below the chart has the figures.',
    breakdownTitle: 'Breakdown',
    breakdownCaption: '{metric} by {dimension}, {period}',
    breakdownDescription:
      'Bar chart of {metric} by {dimension} in {period}. Suppressed cells have no bar; the table below the chart lists them.',
    dimension: 'Dimension',
    period: 'Period',
    colPeriod: 'Period',
    colNumerator: 'Numerator',
    colDenominator: 'Denominator',
    colValue: 'Value',
    suppressed: 'suppressed',
    suppressedNote:
      'Suppressed means: too few persons to show without someone becoming recognisable. It is not 0.',
    suppressedInChart: '{n} suppressed cell(s) have no bar or point (marked “suppressed”).',
    download: 'Download CSV',
    noFigures: 'There are no figures for this choice.',
    noDimensions: 'This metric has no dimensions to break down by.',
    flowTitle: 'Flows',
    flowCaption: 'Care pathways in {period}: {dimensions}',
    flowDescription:
      'Flow diagram of {metric} in {period}. Every flow is also in the table below the diagram; suppressed flows only there.',
    flowUnavailable: 'The care pathways are not available (yet)',
    flowUnavailableDetail:
      'This warehouse does not have the metric zorgpad_stromen. Once it is in gold, the flow diagram appears here.',
    colFrom: 'From',
    colTo: 'To',
    tableNote: 'The table is the text alternative of the chart.',
    'unit.persons': 'persons',
    'unit.count': 'count',
    'unit.euro': 'euro',
    'unit.days': 'days',
    'unit.rate': 'per {scale}',
    'grain.month': 'month',
    'grain.quarter': 'quarter',
    'grain.halfyear': 'half-year',
    'grain.year': 'year',
  },
};
