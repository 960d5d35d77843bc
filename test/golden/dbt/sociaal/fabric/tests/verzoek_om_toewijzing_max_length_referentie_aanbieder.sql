-- verzoek_om_toewijzing.max-length.referentie_aanbieder (derived from the model): referentieAanbieder is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[verzoek_om_toewijzing_id], t.[referentie_aanbieder], LEN(t.[referentie_aanbieder]) AS value_length FROM {{ ref('verzoek_om_toewijzing') }} AS t WHERE LEN(t.[referentie_aanbieder]) > 40
