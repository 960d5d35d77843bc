-- beschikking.reference-absent.geeft_af_clientbegeleider_id (derived from the model): geeft_af_clientbegeleider_id refers to clientbegeleider, which this project does not build, so it must stay empty
{{ config(severity='warn') }}
SELECT t.[beschikking_id], t.[geeft_af_clientbegeleider_id] FROM {{ ref('beschikking') }} AS t WHERE t.[geeft_af_clientbegeleider_id] IS NOT NULL
