-- natuurlijk_persoon.max-length.datum_overlijden (derived from the model): datumOverlijden is at most 22 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[datum_overlijden], LEN(t.[datum_overlijden]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[datum_overlijden]) > 22
