-- natuurlijk_persoon.reference-absent.geboorteland_id (derived from the model): geboorteland_id refers to land, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[geboorteland_id] FROM {{ ref('natuurlijk_persoon') }} AS t WHERE t.[geboorteland_id] IS NOT NULL
