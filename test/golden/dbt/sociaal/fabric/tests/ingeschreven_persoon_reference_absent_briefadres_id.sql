-- ingeschreven_persoon.reference-absent.briefadres_id (derived from the model): briefadres_id refers to briefadres, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[briefadres_id] FROM {{ ref('ingeschreven_persoon') }} AS t WHERE t.[briefadres_id] IS NOT NULL
