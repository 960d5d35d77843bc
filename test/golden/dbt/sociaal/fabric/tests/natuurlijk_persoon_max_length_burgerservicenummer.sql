-- natuurlijk_persoon.max-length.burgerservicenummer (derived from the model): burgerservicenummer is at most 9 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[burgerservicenummer], LEN(t.[burgerservicenummer]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[burgerservicenummer]) > 9
