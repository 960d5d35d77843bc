-- leverancier_sociaal_domein_generiek.max-length.soort_leverancier_code (derived from the model): soortLeverancierCode is at most 8 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[soort_leverancier_code], LEN(t.[soort_leverancier_code]) AS value_length FROM {{ ref('leverancier_sociaal_domein_generiek') }} AS t WHERE LEN(t.[soort_leverancier_code]) > 8
