-- beschikking.max-length.code (derived from the model): code is at most 20 characters
{{ config(severity='warn') }}
SELECT t.beschikking_id, t.code, length(t.code) AS value_length FROM {{ ref('beschikking') }} AS t WHERE length(t.code) > 20
