-- ingeschreven_persoon.max-length.reden_einde_bewoning (derived from the model): redenEindeBewoning is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[reden_einde_bewoning], LEN(t.[reden_einde_bewoning]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[reden_einde_bewoning]) > 200
