-- natuurlijk_persoon.reference-absent.maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id (derived from the model): maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id refers to huishouden_sociaal_domein_generiek, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] FROM {{ ref('natuurlijk_persoon') }} AS t WHERE t.[maakt_onderdeel_uit_van_huishouden_sociaal_domein_generiek_id] IS NOT NULL
