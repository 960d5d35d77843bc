-- natuurlijk_persoon.max-length.overlijdensplaats (derived from the model): overlijdensplaats is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[overlijdensplaats], LEN(t.[overlijdensplaats]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[overlijdensplaats]) > 200
