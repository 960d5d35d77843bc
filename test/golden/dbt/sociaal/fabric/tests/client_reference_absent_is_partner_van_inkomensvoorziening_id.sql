-- client.reference-absent.is_partner_van_inkomensvoorziening_id (derived from the model): is_partner_van_inkomensvoorziening_id refers to inkomensvoorziening, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[is_partner_van_inkomensvoorziening_id] FROM {{ ref('client') }} AS t WHERE t.[is_partner_van_inkomensvoorziening_id] IS NOT NULL
