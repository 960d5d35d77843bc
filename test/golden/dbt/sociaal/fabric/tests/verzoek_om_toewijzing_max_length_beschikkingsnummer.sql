-- verzoek_om_toewijzing.max-length.beschikkingsnummer (derived from the model): beschikkingsnummer is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[verzoek_om_toewijzing_id], t.[beschikkingsnummer], LEN(t.[beschikkingsnummer]) AS value_length FROM {{ ref('verzoek_om_toewijzing') }} AS t WHERE LEN(t.[beschikkingsnummer]) > 40
