-- natuurlijk_persoon.max-length.datum_geboorte (derived from the model): datumGeboorte is at most 22 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[datum_geboorte], LEN(t.[datum_geboorte]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[datum_geboorte]) > 22
