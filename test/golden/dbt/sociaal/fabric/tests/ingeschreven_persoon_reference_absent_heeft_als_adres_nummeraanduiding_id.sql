-- ingeschreven_persoon.reference-absent.heeft_als_adres_nummeraanduiding_id (derived from the model): heeft_als_adres_nummeraanduiding_id refers to nummeraanduiding, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[heeft_als_adres_nummeraanduiding_id] FROM {{ ref('ingeschreven_persoon') }} AS t WHERE t.[heeft_als_adres_nummeraanduiding_id] IS NOT NULL
