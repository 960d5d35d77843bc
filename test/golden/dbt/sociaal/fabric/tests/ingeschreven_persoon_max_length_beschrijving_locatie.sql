-- ingeschreven_persoon.max-length.beschrijving_locatie (derived from the model): beschrijvingLocatie is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[beschrijving_locatie], LEN(t.[beschrijving_locatie]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[beschrijving_locatie]) > 200
