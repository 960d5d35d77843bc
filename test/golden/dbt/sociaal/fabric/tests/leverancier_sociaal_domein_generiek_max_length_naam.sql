-- leverancier_sociaal_domein_generiek.max-length.naam (derived from the model): naam is at most 200 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[naam], LEN(t.[naam]) AS value_length FROM {{ ref('leverancier_sociaal_domein_generiek') }} AS t WHERE LEN(t.[naam]) > 200
