-- ingeschreven_persoon.max-length.adres_herkomst (derived from the model): adresHerkomst is at most 1 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[adres_herkomst], LEN(t.[adres_herkomst]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[adres_herkomst]) > 1
