-- beschikking.reference-absent.leidt_tot_aom_aanvraag_wmo_jeugd_id (derived from the model): leidt_tot_aom_aanvraag_wmo_jeugd_id refers to aom_aanvraag_wmo_jeugd, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[beschikking_id], t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] FROM {{ ref('beschikking') }} AS t WHERE t.[leidt_tot_aom_aanvraag_wmo_jeugd_id] IS NOT NULL
