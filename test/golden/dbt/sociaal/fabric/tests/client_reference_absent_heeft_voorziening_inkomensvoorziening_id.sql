-- client.reference-absent.heeft_voorziening_inkomensvoorziening_id (derived from the model): heeft_voorziening_inkomensvoorziening_id refers to inkomensvoorziening, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[heeft_voorziening_inkomensvoorziening_id] FROM {{ ref('client') }} AS t WHERE t.[heeft_voorziening_inkomensvoorziening_id] IS NOT NULL
