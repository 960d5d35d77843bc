-- ingeschreven_persoon.max-length.ouder1 (derived from the model): ouder1 is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[ouder1], LEN(t.[ouder1]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[ouder1]) > 40
