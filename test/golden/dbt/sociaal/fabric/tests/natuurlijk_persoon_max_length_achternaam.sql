-- natuurlijk_persoon.max-length.achternaam (derived from the model): achternaam is at most 100 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[achternaam], LEN(t.[achternaam]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[achternaam]) > 100
