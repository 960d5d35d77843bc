-- natuurlijk_persoon.max-length.nationaliteit (derived from the model): nationaliteit is at most 100 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[nationaliteit], LEN(t.[nationaliteit]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[nationaliteit]) > 100
