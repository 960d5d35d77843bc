-- client.max-length.juridische_status (derived from the model): juridischeStatus is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[juridische_status], LEN(t.[juridische_status]) AS value_length FROM {{ ref('client') }} AS t WHERE LEN(t.[juridische_status]) > 80
