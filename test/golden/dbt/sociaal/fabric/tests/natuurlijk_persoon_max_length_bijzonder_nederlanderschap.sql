-- natuurlijk_persoon.max-length.bijzonder_nederlanderschap (derived from the model): bijzonderNederlanderschap is at most 50 characters
{{ config(severity='warn') }}
SELECT t.[rechtspersoon_id], t.[bijzonder_nederlanderschap], LEN(t.[bijzonder_nederlanderschap]) AS value_length FROM {{ ref('natuurlijk_persoon') }} AS t WHERE LEN(t.[bijzonder_nederlanderschap]) > 50
