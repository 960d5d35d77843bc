-- ingeschreven_persoon.max-length.buitenlands_reisdocument (derived from the model): buitenlandsReisdocument is at most 80 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[buitenlands_reisdocument], LEN(t.[buitenlands_reisdocument]) AS value_length FROM {{ ref('ingeschreven_persoon') }} AS t WHERE LEN(t.[buitenlands_reisdocument]) > 80
