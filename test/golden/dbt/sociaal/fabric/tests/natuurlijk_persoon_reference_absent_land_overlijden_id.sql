-- natuurlijk_persoon.reference-absent.land_overlijden_id (derived from the model): land_overlijden_id refers to land, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[land_overlijden_id] FROM {{ ref('natuurlijk_persoon') }} AS t WHERE t.[land_overlijden_id] IS NOT NULL
