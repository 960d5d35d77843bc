-- natuurlijk_persoon.reference-absent.is_object_id (derived from the model): is_object_id refers to object, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[is_object_id] FROM {{ ref('natuurlijk_persoon') }} AS t WHERE t.[is_object_id] IS NOT NULL
