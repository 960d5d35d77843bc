-- verzoek_om_toewijzing.max-length.verwijzer (derived from the model): verwijzer is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[verzoek_om_toewijzing_id], t.[verwijzer], LEN(t.[verwijzer]) AS value_length FROM {{ ref('verzoek_om_toewijzing') }} AS t WHERE LEN(t.[verwijzer]) > 200
