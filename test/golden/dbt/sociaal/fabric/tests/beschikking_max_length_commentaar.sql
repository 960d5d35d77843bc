-- beschikking.max-length.commentaar (derived from the model): commentaar is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[beschikking_id], t.[commentaar], LEN(t.[commentaar]) AS value_length FROM {{ ref('beschikking') }} AS t WHERE LEN(t.[commentaar]) > 200
