-- levering.max-length.code (derived from the model): code is at most 20 characters
{{ config(severity='warn') }}
SELECT t.[levering_id], t.[code], LEN(t.[code]) AS value_length FROM {{ ref('levering') }} AS t WHERE LEN(t.[code]) > 20
