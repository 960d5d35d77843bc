-- natuurlijk_persoon.max-length.aanhef_aanschrijving (derived from the model): aanhefAanschrijving is at most 50 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[aanhef_aanschrijving], LEN(t.[aanhef_aanschrijving]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[aanhef_aanschrijving]) > 50
