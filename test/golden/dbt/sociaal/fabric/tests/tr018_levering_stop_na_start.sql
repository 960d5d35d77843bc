-- tr018_levering_stop_na_start (custom, examples/sociaal/checks/istandaarden-regels.yaml): TR018 - a levering stops on or after its start
SELECT t.* FROM {{ ref('levering') }} AS t WHERE NOT CASE WHEN (datum_stop IS NULL OR datum_start IS NULL OR datum_stop >= datum_start) THEN 1 ELSE 0 END = 1
