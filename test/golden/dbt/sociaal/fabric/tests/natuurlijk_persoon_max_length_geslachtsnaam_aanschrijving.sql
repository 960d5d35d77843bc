-- natuurlijk_persoon.max-length.geslachtsnaam_aanschrijving (derived from the model): geslachtsnaamAanschrijving is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[geslachtsnaam_aanschrijving], LEN(t.[geslachtsnaam_aanschrijving]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[geslachtsnaam_aanschrijving]) > 200
