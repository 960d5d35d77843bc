-- beschikking.max-length.code (derived from the model): code is at most 20 characters
{{ config(severity='warn') }}
SELECT t.[beschikking_id], t.[code], LEN(t.[code]) AS value_length FROM {{ ref('beschikking') }} AS t WHERE LEN(t.[code]) > 20
