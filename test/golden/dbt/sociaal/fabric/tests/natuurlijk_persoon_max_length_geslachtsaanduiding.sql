-- natuurlijk_persoon.max-length.geslachtsaanduiding (derived from the model): geslachtsaanduiding is at most 1 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[geslachtsaanduiding], LEN(t.[geslachtsaanduiding]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[geslachtsaanduiding]) > 1
