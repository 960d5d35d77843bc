-- natuurlijk_persoon.max-length.handlichting (derived from the model): handlichting is at most 50 characters
{{ config(severity='warn') }}
SELECT t."rechtspersoon_id", t."handlichting", length(t."handlichting") AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE length(t."handlichting") > 50
