-- ingeschreven_persoon.reference-absent.heeft_huishouden_id (derived from the model): heeft_huishouden_id refers to huishouden, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[heeft_huishouden_id] FROM {{ ref('ingeschreven_persoon') }} AS t WHERE t.[heeft_huishouden_id] IS NOT NULL
