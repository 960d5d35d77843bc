-- natuurlijk_persoon.max-length.voornamen (derived from the model): voornamen is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[voornamen], LEN(t.[voornamen]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[voornamen]) > 200
