-- leverancier_sociaal_domein_generiek.max-length.leverancierscode (derived from the model): leverancierscode is at most 8 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[leverancierscode], LEN(t.[leverancierscode]) AS value_length FROM {{ ref('leverancier_sociaal_domein_generiek') }} AS t WHERE LEN(t.[leverancierscode]) > 8
