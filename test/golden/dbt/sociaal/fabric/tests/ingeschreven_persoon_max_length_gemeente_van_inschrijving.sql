-- ingeschreven_persoon.max-length.gemeente_van_inschrijving (derived from the model): gemeenteVanInschrijving is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[gemeente_van_inschrijving], LEN(t.[gemeente_van_inschrijving]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[gemeente_van_inschrijving]) > 80
