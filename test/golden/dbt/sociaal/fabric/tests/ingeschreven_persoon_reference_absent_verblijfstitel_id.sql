-- ingeschreven_persoon.reference-absent.verblijfstitel_id (derived from the model): verblijfstitel_id refers to verblijfstitel_rsgb_plus, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[verblijfstitel_id] FROM {{ ref('ingeschreven_persoon') }} AS t WHERE t.[verblijfstitel_id] IS NOT NULL
