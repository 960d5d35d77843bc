-- natuurlijk_persoon.max-length.anummer (derived from the model): anummer is at most 20 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[anummer], LEN(t.[anummer]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[anummer]) > 20
