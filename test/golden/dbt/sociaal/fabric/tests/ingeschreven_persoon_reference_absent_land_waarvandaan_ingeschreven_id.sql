-- ingeschreven_persoon.reference-absent.land_waarvandaan_ingeschreven_id (derived from the model): land_waarvandaan_ingeschreven_id refers to land, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[land_waarvandaan_ingeschreven_id] FROM {{ ref('ingeschreven_persoon') }} AS t WHERE t.[land_waarvandaan_ingeschreven_id] IS NOT NULL
