-- natuurlijk_persoon.max-length.aanduiding_naamgebruik (derived from the model): aanduidingNaamgebruik is at most 50 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[aanduiding_naamgebruik], LEN(t.[aanduiding_naamgebruik]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[aanduiding_naamgebruik]) > 50
