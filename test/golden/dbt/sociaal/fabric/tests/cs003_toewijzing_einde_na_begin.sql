-- cs003_toewijzing_einde_na_begin (custom, examples/sociaal/checks/istandaarden-regels.yaml): CS003/TR018 - the einddatum of a toewijzing is not before its ingangsdatum
SELECT t.* FROM {{ ref('toewijzing') }} AS t WHERE NOT CASE WHEN (datum_einde_toewijzing IS NULL OR datum_start_toewijzing IS NULL OR datum_einde_toewijzing >= datum_start_toewijzing) THEN 1 ELSE 0 END = 1
