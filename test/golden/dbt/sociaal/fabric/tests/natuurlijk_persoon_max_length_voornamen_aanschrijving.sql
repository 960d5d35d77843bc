-- natuurlijk_persoon.max-length.voornamen_aanschrijving (derived from the model): voornamenAanschrijving is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[voornamen_aanschrijving], LEN(t.[voornamen_aanschrijving]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[voornamen_aanschrijving]) > 200
