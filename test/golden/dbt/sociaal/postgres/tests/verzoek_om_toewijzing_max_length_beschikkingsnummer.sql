-- verzoek_om_toewijzing.max-length.beschikkingsnummer (derived from the model): beschikkingsnummer is at most 40 characters
{{ config(severity='warn') }}
SELECT t."verzoek_om_toewijzing_id", t."beschikkingsnummer", length(t."beschikkingsnummer") AS value_length FROM {{ ref('verzoek_om_toewijzing') }} AS t WHERE length(t."beschikkingsnummer") > 40
