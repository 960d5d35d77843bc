-- natuurlijk_persoon.max-length.voorletters_aanschrijving (derived from the model): voorlettersAanschrijving is at most 20 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[voorletters_aanschrijving], LEN(t.[voorletters_aanschrijving]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[voorletters_aanschrijving]) > 20
