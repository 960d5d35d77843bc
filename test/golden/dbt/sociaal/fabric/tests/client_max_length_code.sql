-- client.max-length.code (derived from the model): code is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[code], LEN(t.[code]) AS value_length FROM {{ ref('client') }} AS t WHERE LEN(t.[code]) > 80
