-- natuurlijk_persoon.max-length.academische_titel (derived from the model): academischeTitel is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[academische_titel], LEN(t.[academische_titel]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[academische_titel]) > 80
