-- verzoek_om_toewijzing.reference-absent.betreft_voorziening_id (derived from the model): betreft_voorziening_id refers to voorziening, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[verzoek_om_toewijzing_id], t.[betreft_voorziening_id] FROM {{ ref('verzoek_om_toewijzing') }} AS t WHERE t.[betreft_voorziening_id] IS NOT NULL
