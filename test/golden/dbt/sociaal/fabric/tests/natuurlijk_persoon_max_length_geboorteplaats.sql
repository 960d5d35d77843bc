-- natuurlijk_persoon.max-length.geboorteplaats (derived from the model): geboorteplaats is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[geboorteplaats], LEN(t.[geboorteplaats]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[geboorteplaats]) > 200
