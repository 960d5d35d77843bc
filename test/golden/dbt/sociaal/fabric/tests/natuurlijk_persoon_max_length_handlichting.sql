-- natuurlijk_persoon.max-length.handlichting (derived from the model): handlichting is at most 50 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[handlichting], LEN(t.[handlichting]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[handlichting]) > 50
