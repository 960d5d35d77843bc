-- levering.reference-absent.voorziening_voorziening_id (derived from the model): voorziening_voorziening_id refers to voorziening, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[levering_id], t.[voorziening_voorziening_id] FROM {{ ref('levering') }} AS t WHERE t.[voorziening_voorziening_id] IS NOT NULL
