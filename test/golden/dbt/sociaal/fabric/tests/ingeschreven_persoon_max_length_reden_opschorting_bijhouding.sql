-- ingeschreven_persoon.max-length.reden_opschorting_bijhouding (derived from the model): redenOpschortingBijhouding is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[reden_opschorting_bijhouding], LEN(t.[reden_opschorting_bijhouding]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[reden_opschorting_bijhouding]) > 200
