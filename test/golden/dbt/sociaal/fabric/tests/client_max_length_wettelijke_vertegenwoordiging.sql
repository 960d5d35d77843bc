-- client.max-length.wettelijke_vertegenwoordiging (derived from the model): wettelijkeVertegenwoordiging is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[wettelijke_vertegenwoordiging], LEN(t.[wettelijke_vertegenwoordiging]) AS value_length FROM {{ ref('client') }} AS t WHERE LEN(t.[wettelijke_vertegenwoordiging]) > 80
