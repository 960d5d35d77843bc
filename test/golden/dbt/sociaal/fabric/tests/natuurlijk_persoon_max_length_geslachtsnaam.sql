-- natuurlijk_persoon.max-length.geslachtsnaam (derived from the model): geslachtsnaam is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[geslachtsnaam], LEN(t.[geslachtsnaam]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[geslachtsnaam]) > 200
