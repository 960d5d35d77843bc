-- leverancier_sociaal_domein_generiek.max-length.agb_code (derived from the model): AGBCode is at most 40 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[agb_code], LEN(t.[agb_code]) AS value_length FROM {{ ref('leverancier_sociaal_domein_generiek') }} AS t WHERE LEN(t.[agb_code]) > 40
