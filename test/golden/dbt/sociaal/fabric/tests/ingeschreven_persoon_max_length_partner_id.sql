-- ingeschreven_persoon.max-length.partner_id (derived from the model): partnerID is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[partner_id], LEN(t.[partner_id]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[partner_id]) > 40
