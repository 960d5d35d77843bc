-- natuurlijk_persoon.max-length.burgerservicenummer (derived from the model): burgerservicenummer is at most 9 characters
{{ config(severity='warn') }}
SELECT t."rechtspersoon_id", t."burgerservicenummer", length(t."burgerservicenummer") AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE length(t."burgerservicenummer") > 9
