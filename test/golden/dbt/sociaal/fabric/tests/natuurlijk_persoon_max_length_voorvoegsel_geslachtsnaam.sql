-- natuurlijk_persoon.max-length.voorvoegsel_geslachtsnaam (derived from the model): voorvoegselGeslachtsnaam is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[voorvoegsel_geslachtsnaam], LEN(t.[voorvoegsel_geslachtsnaam]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[voorvoegsel_geslachtsnaam]) > 80
