-- ingeschreven_persoon.max-length.ouder2 (derived from the model): ouder2 is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[ouder2], LEN(t.[ouder2]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[ouder2]) > 40
