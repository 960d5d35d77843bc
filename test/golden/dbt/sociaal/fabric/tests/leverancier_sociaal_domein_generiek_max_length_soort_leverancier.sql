-- leverancier_sociaal_domein_generiek.max-length.soort_leverancier (derived from the model): soortLeverancier is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[soort_leverancier], LEN(t.[soort_leverancier]) AS value_length FROM {{ ref('leverancier_sociaal_domein_generiek') }} AS t WHERE LEN(t.[soort_leverancier]) > 80
